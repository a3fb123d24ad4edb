package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRecords;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.MailLinks;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.testing.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The circle's meetings in headless Chromium: the coordinator plans the start meeting in Den Haag, provisional; an
 * officer registers and saves its calendar file; the coordinator moves it online and the registered person is
 * mailed the link; a date poll with three slots, to which the coordinator invites a guest, is answered by two
 * officers and, through the personal links mailed them, an enrolment contact and the guest (a forged link finds
 * nothing); the coordinator fixes the winner, which the public circle page then shows confirmed. After a held
 * meeting the coordinator records attendance, minutes pasted with hostile markup, attachments and a follow-up
 * action, which Westland's officer finds on their home page; the officer's calendar feed works until revoked.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String DELFT = "officer.delft@meetings-browser.example";
    private static final String DEN_HAAG = "officer.denhaag@meetings-browser.example";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String run;
    private long edition;

    @BeforeEach
    void anEditionInWhichWestlandAndDelftTakePart() throws SQLException {
        run = UUID.randomUUID().toString().substring(0, 8);
        TestData.delftOfficer(DELFT);
        TestData.account(DEN_HAAG, "OFFICER", "GM0518");
        edition = TestData.editionWithWestlandEnrolment("Leerkring " + run, "contact." + run + "@westland.example",
                "Knelpunten van Westland");
        try (Connection db = TestDatabase.connect()) {
            TestData.update(db, "insert into registration.enrolment (edition_id, municipality_code, contact_name, "
                    + "contact_email, policy_phase, bottlenecks, committed, status, submitted_at) values (?, 'GM0503', "
                    + "'Contact Delft', ?, 'ORIENTING', 'Knelpunten van Delft', true, 'SUBMITTED', now())",
                    edition, "contact." + run + "@delft.example");
            TestData.update(db, "update registration.enrolment set status = 'CONFIRMED', decided_at = now() "
                    + "where edition_id = ?", edition);
        }
    }

    @AfterEach
    void removeThem() throws SQLException {
        TestData.removeMeetingsOf(edition);
        TestData.removeEdition(edition);
    }

    @Test
    void theStartMeetingIsPlannedMovedOnlineAndTheSecondDatedByAPoll() throws SQLException {
        LocalDate start = LocalDate.now().plusDays(60);
        String person = "anna." + run + "@westland.example";
        String guest = "gastspreker." + run + "@provincie.example";
        try (BrowserSession browser = new BrowserSession(base)) {
            // the coordinator plans the start meeting in Den Haag, provisional
            browser.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            openMeetings(browser);
            browser.click(By.id("meetings:createSeries"));
            browser.waitForText("meetings:table", "Startbijeenkomst");
            // a meeting added by mistake is removed again, after a confirmation
            browser.click(By.id("meetings:addMeeting"));
            browser.waitForText("meetings:table", "Bijeenkomst 5");
            browser.click(By.id("meetings:table:4:remove"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("meetings:messages", "„Bijeenkomst 5” is verwijderd.");
            assertThat(browser.text(By.id("meetings:table"))).doesNotContain("Bijeenkomst 5");
            browser.click(By.id("meetings:table:0:edit"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:title")));
            browser.click(By.cssSelector("#editForm\\:themes .ui-chkbox-box"));
            browser.click(By.cssSelector("label[for='editForm:format:0']"));
            // a title left out and an end before the start are both named at the first save
            fill(browser, "editForm:title", "");
            fill(browser, "editForm:startsAt_input", DAY.format(start) + " 10:00");
            // the end, still empty, follows the start: its day at the end's usual time
            browser.click(By.id("editForm:title"));
            browser.until(d -> (DAY.format(start) + " 16:30").equals(
                    d.findElement(By.id("editForm:endsAt_input")).getAttribute("value")));
            // typed into, the proposal gives way: what is typed replaces it rather than following it
            WebElement end = browser.driver().findElement(By.id("editForm:endsAt_input"));
            end.click();
            end.sendKeys(DAY.format(start) + " 09:00");
            assertThat(end.getAttribute("value")).isEqualTo(DAY.format(start) + " 09:00");
            browser.click(By.id("editForm:save"));
            browser.waitForText("editForm:editMessages", "Kies een einde na het begin.");
            assertThat(browser.text(By.id("editForm:editMessages"))).contains("Geef de bijeenkomst een titel.");
            fill(browser, "editForm:title", "Startbijeenkomst");
            fill(browser, "editForm:venueName", "Provinciehuis");
            fill(browser, "editForm:venueAddress", "Zuid-Hollandplein 1");
            fill(browser, "editForm:venueCity", "Den Haag");
            fill(browser, "editForm:startsAt_input", DAY.format(start) + " 10:00");
            fill(browser, "editForm:endsAt_input", DAY.format(start) + " 12:30");
            browser.click(By.id("editForm:addRow"));
            fill(browser, "editForm:rows:0:from", "10:00");
            fill(browser, "editForm:rows:0:to", "12:45");
            fill(browser, "editForm:rows:0:item", "Welkom en kennismaking");
            browser.choose("editForm:rows:0:municipality", "Westland");
            // a time that cannot be read is named by its row and marked at its field
            fill(browser, "editForm:rows:0:from", "10u00");
            browser.click(By.id("editForm:save"));
            browser.waitForText("editForm:editMessages", "Van 1: „10u00” is geen tijd; typ bijvoorbeeld 13:30.");
            browser.until(d -> "true".equals(d.findElement(By.id("editForm:rows:0:from")).getAttribute("aria-invalid")));
            fill(browser, "editForm:rows:0:from", "10:00");
            // a row added and left empty is skipped, and Enter in a field saves rather than adding another row
            browser.click(By.id("editForm:addRow"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:rows:1:item")));
            // the rows are drawn anew, and the focus stays on the button, not on the page behind the dialog
            browser.until(d -> "editForm:addRow".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.driver().findElement(By.id("editForm:venueCity")).sendKeys(Keys.ENTER);
            browser.waitForText("meetings:messages", "Startbijeenkomst is opgeslagen.");
            // saved, but an item running past the meeting's end is named: more often a typo in a time than meant
            assertThat(browser.text(By.id("meetings:messages"))).contains("„Welkom en kennismaking” (10:00–12:45) "
                    + "valt (deels) buiten de tijd van de bijeenkomst");
            // so is one that ends on another day than it begins, more often a typo in a date than a visit of two days
            for (String ends : List.of(DAY.format(start.plusDays(1)) + " 12:30", DAY.format(start) + " 12:30")) {
                browser.click(By.id("meetings:table:0:edit"));
                browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:endsAt_input")));
                fill(browser, "editForm:endsAt_input", ends);
                WebElement said = browser.driver().findElement(By.id("meetings:messages"));
                browser.click(By.id("editForm:save"));
                browser.until(ExpectedConditions.stalenessOf(said));
                browser.waitForText("meetings:messages", "Startbijeenkomst is opgeslagen.");
                assertThat(browser.text(By.id("meetings:messages")).contains("eindigt op een andere dag ("
                        + DAY.format(start.plusDays(1)) + ") dan hij begint (" + DAY.format(start) + ")"))
                        .as(ends).isEqualTo(ends.startsWith(DAY.format(start.plusDays(1))));
            }
            // dated but not announced: the meeting page says when registration opens, and names the agenda's slot
            browser.driver().get(browser.driver().findElement(By.id("meetings:table:0:open")).getAttribute("href"));
            assertThat(browser.text(By.id("registration-closed"))).contains("Aanmelden kan zodra de bijeenkomst");
            assertThat(browser.driver().findElements(By.id("register"))).isEmpty();
            assertThat(browser.text(By.id("agenda"))).contains("Welkom en kennismaking · inbreng van Westland")
                    .doesNotContain("GM1783");
            openMeetings(browser);
            browser.click(By.id("meetings:table:0:status"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("statusForm:newStatus")));
            // choosing to cancel says first that it cannot be undone and whom it tells
            browser.choose("statusForm:newStatus", "Afgelast");
            browser.waitForText("statusForm:cancelWarning", "Afgelasten kan niet ongedaan worden gemaakt. Niemand krijgt "
                    + "bericht");
            browser.choose("statusForm:newStatus", "Onder voorbehoud");
            browser.until(d -> browser.text(By.id("statusForm:cancelWarning")).isEmpty());
            browser.click(By.id("statusForm:saveStatus"));
            browser.waitForText("meetings:table", "Onder voorbehoud");
            assertThat(browser.text(By.cssSelector("#meetings\\:table_data tr:first-child"))).contains(DAY.format(start) + " 10:00–12:30",
                    "Op locatie", "Provinciehuis, Den Haag");
            String meeting = browser.driver().findElement(By.id("meetings:table:0:open")).getAttribute("href");
            browser.signOut();

            // an officer of a municipality that takes no part is told so, rather than shown a form that refuses
            browser.signIn(DEN_HAAG, DEMO_OFFICER.password());
            browser.driver().get(meeting);
            assertThat(browser.text(By.id("registration-closed"))).contains("neemt nu niet deel aan deze leerkring");
            assertThat(browser.driver().findElements(By.id("register"))).isEmpty();
            browser.signOut();

            // an officer of Westland registers a colleague and saves the calendar file: tentative while provisional
            browser.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            browser.driver().get(meeting);
            assertThat(browser.text(By.id("meeting:meeting-provisional"))).contains("Onder voorbehoud");
            assertThat(browser.driver().findElement(By.id("meeting:back")).getAttribute("href"))
                    .as("back to the meetings of its own edition").containsPattern("edition=\\d+");
            assertThat(browser.driver().findElement(By.id("register:email")).getAttribute("value"))
                    .as("an officer not registered yet starts from themselves").isEqualTo(DEMO_OFFICER.email());
            // every refusal at once, above the form and once under each field
            browser.type("register:name", "");
            browser.type("register:email", "jan@@x");
            browser.click(By.id("register:submit"));
            browser.waitForText("register:registerMessages", "Vul een naam in.");
            assertThat(browser.text(By.id("register:registerMessages"))).contains("Dit is geen geldig e-mailadres.");
            for (String field : List.of("register:name", "register:email")) {
                assertThat(browser.driver().findElements(By.cssSelector("small.field-refusal[data-for='" + field
                        + "']"))).as(field).hasSize(1);
            }
            assertThat(browser.text(By.id("meeting:messages"))).as("not repeated at the top of the page").isEmpty();
            browser.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                    .contains("Vul een naam in. Dit is geen geldig e-mailadres."));
            // the focus goes from the button to the first field to correct
            browser.until(d -> "register:name".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.type("register:name", "Anna de Vries");
            browser.type("register:email", person);
            browser.click(By.id("register:submit"));
            browser.waitForText("registrationMessages", "Anna de Vries is aangemeld.");
            // said to a screen reader too, though the message came with a new form
            browser.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                    .contains("Anna de Vries is aangemeld."));
            String ics = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " fetch(document.getElementById('meeting:ics').href).then(r => r.text()).then(done);");
            // lines longer than 75 octets are folded (RFC 5545 3.1)
            assertThat(ics.replaceAll("\r?\n ", "")).contains("BEGIN:VCALENDAR", "Startbijeenkomst", "STATUS:TENTATIVE");
            browser.signOut();

            // the coordinator moves it online: the registered person is mailed the link
            browser.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            openMeetings(browser);
            browser.click(By.id("meetings:table:0:move"));
            // it says beforehand how many it mails: the one registered, as the meeting was not announced yet
            browser.waitForText("moveForm", "Eén persoon krijgt een e-mail met de link");
            // a link that is none is refused in the dialog, before anyone is mailed
            fill(browser, "moveForm:onlineLink", "teams vergadering");
            browser.click(By.id("moveForm:confirmMove"));
            browser.waitForText("moveForm", "Dit is geen geldig webadres");
            fill(browser, "moveForm:onlineLink", "https://meet.example/leerkring-" + run);
            browser.click(By.id("moveForm:confirmMove"));
            browser.waitForText("meetings:messages", "één persoon is gemaild");
            assertThat(browser.driver().findElements(By.id("meetings:table:0:move"))).as("online already").isEmpty();
            assertThat(TestMailServer.awaitMail(person, "Gewijzigd: Startbijeenkomst", Duration.ofSeconds(60)))
                    .contains("https://meet.example/leerkring-" + run);
            // registered by the officer, the person heard of it by mail too
            assertThat(TestMailServer.awaitMail(person, "Aangemeld: Startbijeenkomst", Duration.ofSeconds(60)))
                    .contains("Demo beleidsmedewerker Westland heeft u aangemeld");

            // the coordinator registers someone for any municipality taking part, chosen by name
            browser.driver().get(meeting);
            browser.click(By.id("register:submit"));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register"), "vul dit veld in"));
            browser.choose("register:municipalityCode", "Delft");
            browser.type("register:name", "Bram Jansen");
            browser.type("register:email", "bram." + run + "@delft.example");
            browser.click(By.id("register:submit"));
            browser.waitForText("registrationMessages", "Bram Jansen is aangemeld.");
            assertThat(browser.text(By.id("meeting:participants"))).contains("Delft", "Bram Jansen", "Westland");
            openMeetings(browser);

            // the second meeting gets its theme and its link, so the date a poll finds announces it
            browser.click(By.id("meetings:table:1:edit"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:title")));
            browser.click(By.cssSelector("#editForm\\:themes .ui-chkbox-box"));
            browser.click(By.cssSelector("label[for='editForm:format:1']"));
            fill(browser, "editForm:onlineLink", "https://vergaderen.example/leerkring-2");
            // dated before the first meeting, it is saved, and the page says the order no longer holds
            fill(browser, "editForm:startsAt_input", DAY.format(start.minusDays(7)) + " 10:00");
            fill(browser, "editForm:endsAt_input", DAY.format(start.minusDays(7)) + " 12:00");
            browser.click(By.id("editForm:save"));
            browser.waitForText("meetings:messages", "Bijeenkomst 2 is opgeslagen.");
            assertThat(browser.text(By.id("meetings:messages")))
                    .contains("Let op: Bijeenkomst 2 valt nu voor Startbijeenkomst, die eerder in de reeks komt");
            browser.click(By.id("meetings:table:1:edit"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:title")));
            fill(browser, "editForm:startsAt_input", "");
            fill(browser, "editForm:endsAt_input", "");
            browser.click(By.id("editForm:save"));
            browser.until(d -> browser.text(By.id("meetings:messages")).contains("Bijeenkomst 2 is opgeslagen.")
                    && !browser.text(By.id("meetings:messages")).contains("valt nu voor"));

            // a poll with three slots for the second meeting
            browser.click(By.id("meetings:table:1:poll"));
            // a day picked in the calendar, also in a month paged to, starts at the slot's time of day
            browser.click(By.cssSelector("[id='propose:rows:0:start'] button.ui-datepicker-trigger"));
            browser.click(By.cssSelector("[id='propose:rows:0:start_panel'] .ui-datepicker-next"));
            browser.click(By.xpath("//*[@id='propose:rows:0:start_panel']//td[not(contains(@class,'ui-datepicker-other-month'))]/a[normalize-space()='12']"));
            browser.until(d -> d.findElement(By.id("propose:rows:0:start_input")).getAttribute("value").endsWith(" 13:30"));
            browser.driver().findElement(By.id("propose:rows:0:start_input")).sendKeys(Keys.ESCAPE);
            for (int slot = 0; slot < 3; slot++) {
                String day = DAY.format(start.plusDays(7L + slot));
                browser.type("propose:rows:" + slot + ":start_input", day + " 14:00");
                browser.type("propose:rows:" + slot + ":end_input", day + (slot == 2 ? " 12:00" : " 16:00"));
            }
            // a deadline after the first slot is refused, said above the form and once beside the field; the third
            // slot's end before its start is said of that row's end
            fill(browser, "propose:deadline_input", DAY.format(start.plusDays(60)) + " 17:00");
            browser.click(By.id("propose:open"));
            browser.waitForText("propose:proposeMessages", "De uiterste datum ligt niet vóór het eerste voorgestelde moment");
            assertThat(browser.text(By.cssSelector("#propose .ui-message-error-detail")))
                    .contains("De uiterste datum ligt niet vóór het eerste voorgestelde moment");
            assertThat(browser.driver().findElements(By.cssSelector("small.field-refusal[data-for='propose:deadline']")))
                    .as("not a third time").isEmpty();
            assertThat(browser.text(By.id("propose:proposeMessages"))).contains("Einde 3: ");
            assertThat(browser.driver().findElements(By.cssSelector("small.field-refusal[data-for='propose:rows:2:end']")))
                    .hasSize(1);
            browser.type("propose:rows:2:end_input", DAY.format(start.plusDays(9)) + " 16:00");
            // a deadline typed as a day alone lasts that whole day, as a day picked in the calendar does
            fill(browser, "propose:deadline_input", DAY.format(start.minusDays(30)));
            browser.click(By.id("propose:open"));
            browser.waitForText("poll:messages", "De datumprikker is geopend");
            assertThat(browser.text(By.id("poll-deadline"))).contains("Antwoorden kan tot " + DAY.format(start.minusDays(30)) + " 23:59; alle tijden zijn in Nederlandse tijd.");
            String poll = browser.driver().getCurrentUrl();

            // the coordinator invites a guest speaker; a wrong address is refused beside its field
            browser.type("guests:name", "Gastspreker " + run);
            browser.type("guests:email", "gastspreker." + run);
            browser.click(By.id("guests:invite"));
            browser.waitForText("guests:guestMessages", "Dit is geen geldig e-mailadres.");
            browser.type("guests:email", guest);
            browser.click(By.id("guests:invite"));
            browser.waitForText("guests:guestMessages", "Gastspreker " + run + " (" + guest + ") is uitgenodigd");
            assertThat(browser.text(By.id("guests:guestTable"))).contains("Gastspreker " + run, guest, "Nog niet");
            // one invited by a slip of the pen is taken back, after a question; the poll's counts follow each
            String counted = browser.text(By.id("poll-deadline"));
            browser.type("guests:name", "Verkeerde gast " + run);
            browser.type("guests:email", "verkeerd." + guest);
            browser.click(By.id("guests:invite"));
            browser.waitForText("guests:guestTable", "verkeerd." + guest);
            assertThat(browser.text(By.id("poll-deadline"))).isNotEqualTo(counted);
            browser.click(By.cssSelector("button[aria-label='Uitnodiging intrekken: Verkeerde gast " + run + "']"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("guests:guestMessages", "De uitnodiging van Verkeerde gast " + run);
            assertThat(browser.text(By.id("guests:guestTable"))).doesNotContain("verkeerd." + guest)
                    .contains(guest);
            assertThat(browser.text(By.id("poll-deadline"))).isEqualTo(counted);
            browser.signOut();

            // two officers answer; the second slot suits both
            answer(browser, DEMO_OFFICER.email(), poll, 1, 0, 2);
            answer(browser, DELFT, poll, 2, 0, 1);

            // Delft's enrolment contact and the guest answer through the personal link mailed them, without signing in
            answerByLink(browser, "contact." + run + "@delft.example");
            // a guest whose session ended meanwhile (away to look in a calendar) comes back to their own poll, and is
            // asked to answer again rather than told the link is dead
            browser.driver().get(MailLinks.on(base, personalLink(guest)));
            browser.click(By.cssSelector("label[for='poll:slots:0:answer:2']"));
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.click(By.id("poll:saveAnswers"));
            browser.waitForText("poll:messages", "Deze pagina was verlopen");
            assertThat(browser.driver().getCurrentUrl()).contains("date-poll.xhtml?token=");
            answerByLink(browser, guest);
            assertThat(browser.text(By.id("poll:answering-as"))).isEqualTo("U antwoordt als Gastspreker " + run + ".");
            // closed while the guest was answering: said, and the page shows the poll closed rather than still asking
            String pollOfGuest = "(select poll_id from sessions.poll_invitee where email = ?)";
            browser.click(By.cssSelector("label[for='poll:slots:0:answer:0']"));
            try (Connection db = TestDatabase.connect()) {
                TestData.update(db, "update sessions.date_poll set status = 'CLOSED' where id = " + pollOfGuest, guest);
            }
            browser.click(By.id("poll:saveAnswers"));
            browser.until(d -> d.findElements(By.id("poll:answering")).isEmpty());
            assertThat(browser.text(By.id("poll:messages"))).isNotEmpty();
            try (Connection db = TestDatabase.connect()) {
                TestData.update(db, "update sessions.date_poll set status = 'OPEN' where id = " + pollOfGuest, guest);
            }
            browser.open("date-poll.xhtml?token=" + "x".repeat(43));
            assertThat(browser.text(By.id("not-found"))).contains("Deze link opent geen datumprikker");
            // switching language keeps the link's token
            browser.click(By.id("topbar:lang-en"));
            browser.waitForText("not-found", "This link opens no date poll");
            assertThat(browser.driver().getCurrentUrl()).endsWith("date-poll.xhtml?token=" + "x".repeat(43));
            browser.click(By.id("topbar:lang-nl"));
            browser.waitForText("not-found", "Deze link opent geen datumprikker");

            browser.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            browser.driver().get(poll);
            String winner = DAY.format(start.plusDays(8));
            // each proposal leads with its weekday
            String weekday = DateTimeFormatter.ofPattern("EEE", Locale.forLanguageTag("nl")).format(start.plusDays(8));
            assertThat(browser.text(By.cssSelector("#poll\\:rankingTable_data tr:first-child")))
                    .contains(weekday + " " + winner + " 14:00–16:00");
            assertThat(browser.text(By.id("poll:answersTable"))).contains("Westland", "Delft", "Gast");
            // on a phone each respondent's answers stack under the slots they answer, without scrolling sideways
            Dimension desk = browser.driver().manage().window().getSize();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript("var table = document"
                    + ".querySelector('#poll\\\\:answersTable table'); return table.scrollWidth <= window.innerWidth;"))
                    .as("the answers fit a phone").isTrue();
            assertThat(browser.text(By.cssSelector("#poll\\:answersTable_data tr:first-child")))
                    .as("a respondent's answers name their slots").contains(winner + " 14:00–16:00");
            browser.driver().manage().window().setSize(desk);
            assertThat(browser.text(By.cssSelector("#guests\\:guestTable_data tr:first-child"))).contains(guest, "Ja");
            browser.click(By.id("poll:rankingTable:0:fix"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("poll:messages", "Bijeenkomst 2 heeft nu een vaste datum en is bevestigd.");
            assertThat(browser.driver().findElements(By.id("guests:invite"))).as("no guest invited to an ended poll")
                    .isEmpty();
            assertThat(browser.text(By.cssSelector("#guests\\:guestTable_data tr:first-child"))).contains(guest);
            // the meeting's page leads to the ended poll, whose answers stay to be read
            browser.click(By.id("meeting-link"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting:poll")));
            assertThat(browser.text(By.id("meeting:poll"))).isEqualTo("Uitslag van de datumprikker");
            browser.click(By.id("meeting:poll"));
            assertThat(browser.text(By.id("poll:answersTable"))).contains("Westland", "Delft", "Gast");
            assertThat(browser.driver().findElements(By.id("propose"))).as("no new poll for a confirmed date").isEmpty();
            browser.signOut();

            // the public page shows the second meeting confirmed on that date
            browser.open("circle.xhtml?edition=" + edition);
            String listed = browser.text(By.id("meetings-list"));
            assertThat(listed).contains("Startbijeenkomst", "Online", "Bijeenkomst 2: " + winner + " 14:00–16:00",
                    "Bevestigd");
        }
    }

    @Test
    void theCoordinatorKeepsTheRecordsOfAHeldMeetingAndAnOfficerSeesThemAndSubscribesToTheSeries() throws Exception {
        long meeting;
        try (Connection db = TestDatabase.connect()) {
            PreparedStatement insert = db.prepareStatement("insert into sessions.meeting_series (edition_id, title, "
                    + "created_at) values (?, 'Reeks', now()) returning id");
            insert.setLong(1, edition);
            ResultSet series = insert.executeQuery();
            series.next();
            insert = db.prepareStatement("insert into sessions.meeting (series_id, number, kind, title, format, "
                    + "starts_at, ends_at, capacity, status, announced, created_at) values (?, 1, 'CIRCLE', 'Gehouden "
                    + run + "', 'ONLINE', now() - interval '2 days', now() - interval '2 days' + interval '2 hours',"
                    + " 10, 'CONFIRMED', true, now()) returning id");
            insert.setLong(1, series.getLong(1));
            ResultSet made = insert.executeQuery();
            made.next();
            meeting = made.getLong(1);
            TestData.update(db, "insert into sessions.meeting_registration (meeting_id, municipality_code, "
                    + "municipality_name, name, email, language, policy_field, status, registered_at, registered_by) "
                    + "values (?, 'GM1783', 'Westland', 'Bart', ?, 'nl', 'HOUSING', 'REGISTERED', now(), 'test')",
                    meeting, "bart." + run + "@westland.example");
        }
        Path fake = Files.writeString(Files.createTempFile("verslag", ".pdf"), "<script>alert(1)</script>");
        Path pdf = Files.createTempFile("presentatie", ".pdf");
        Files.write(pdf, pdf("Presentatie van Westland " + run));
        Path quoted = Files.write(Files.createTempDirectory("bijlage").resolve("Verslag \"concept\".pdf"),
                pdf("Concept " + run));
        Path large = Files.createTempFile("opname", ".pdf");
        byte[] tooLarge = Arrays.copyOf(Files.readAllBytes(pdf), MeetingRecords.MAX_ATTACHMENT_BYTES + 1);
        Files.write(large, tooLarge);
        String action = "Huisvestingsplan delen " + run;
        LocalDate due = LocalDate.now().plusDays(21);
        try (BrowserSession browser = new BrowserSession(base)) {
            browser.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            browser.open("app/sessions/meeting.xhtml?id=" + meeting);
            // a meeting that is not there answers 404, saying so once
            @SuppressWarnings("unchecked")
            List<Object> missing = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch('meeting.xhtml?id=987654321')"
                            + ".then(r => r.text().then(t => done([r.status, t])));");
            assertThat(missing.get(0)).isEqualTo(404L);
            assertThat((String) missing.get(1)).containsOnlyOnce("Deze bijeenkomst bestaat niet");
            @SuppressWarnings("unchecked")
            List<Object> unreadable = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch('meeting.xhtml?id=abc')"
                            + ".then(r => r.text().then(t => done([r.status, t])));");
            assertThat(unreadable.get(0)).as("an id that is none names no meeting either").isEqualTo(404L);
            // confirmed but over: no form, and the page says why
            assertThat(browser.text(By.id("registration-closed"))).contains("Deze bijeenkomst is voorbij");
            try (Connection db = TestDatabase.connect()) {
                TestData.update(db, "update sessions.meeting set status = 'HELD' where id = ?", meeting);
            }
            browser.open("app/sessions/meeting.xhtml?id=" + meeting);
            assertThat(browser.text(By.id("registration-closed"))).contains("Deze bijeenkomst is gehouden");
            assertThat(browser.driver().findElements(By.id("register"))).isEmpty();
            browser.click(By.id("meeting:records"));
            browser.until(ExpectedConditions.presenceOfElementLocated(By.id("records:people:0:state")));
            String records = browser.driver().getCurrentUrl();
            browser.choose("records:people:0:state", "Aanwezig");
            browser.click(By.id("records:saveAttendance"));
            browser.waitForText("records:messages", "De aanwezigheid is opgeslagen.");
            assertThat(browser.text(By.id("records:municipalities"))).contains("Westland", "Niet alle beleidsvelden");

            // minutes pasted from elsewhere with a script link, an image with a handler and a script
            browser.click(By.cssSelector("#records\\:minutesText .ql-editor"));
            browser.paste(By.cssSelector("#records\\:minutesText .ql-editor"), "Besproken",
                    "<p>Besproken: huisvesting " + run + "</p><p><a href=\"javascript:alert(1)\">Klik hier</a></p>"
                            + "<img src=\"x\" onerror=\"alert(2)\"><script>alert(3)</script>");
            browser.click(By.id("records:saveMinutes"));
            browser.waitForText("records:messages", "Het verslag is opgeslagen.");
            assertThat(browser.text(By.id("records:messages"))).contains("is uit het verslag verwijderd");
            assertThat(browser.text(By.cssSelector("#records\\:minutesText .ql-editor"))).as("no script's text either")
                    .contains("Besproken: huisvesting").doesNotContain("alert");
            // Tab leaves the editor, typing nothing, as it leaves any field
            WebElement minutesText = browser.driver().findElement(By.cssSelector("#records\\:minutesText .ql-editor"));
            String typed = minutesText.getAttribute("innerHTML");
            minutesText.click();
            minutesText.sendKeys(Keys.TAB);
            browser.until(d -> !minutesText.equals(d.switchTo().activeElement()));
            assertThat(minutesText.getAttribute("innerHTML")).isEqualTo(typed);

            // a file named .pdf that is not one, then a real PDF, then one over the limit; an upload leaves the
            // minutes typed but not yet saved as they are
            browser.click(By.cssSelector("#records\\:minutesText .ql-editor"));
            browser.driver().findElement(By.cssSelector("#records\\:minutesText .ql-editor"))
                    .sendKeys(Keys.END, " Nog niet bewaard " + run);
            browser.driver().findElement(By.id("records:file_input")).sendKeys(fake.toString());
            browser.waitForText("records:messages", fake.getFileName() + " kan geen bijlage zijn");
            assertThat(browser.text(By.cssSelector("#records\\:minutesText .ql-editor")))
                    .contains("Nog niet bewaard " + run);
            assertThat(browser.text(By.id("attachments"))).contains("Nog geen bijlagen");
            // someone else saves the minutes meanwhile: saving shows their version beside the text still typed,
            // and saving again, knowing it, replaces theirs
            try (Connection db = TestDatabase.connect()) {
                TestData.update(db, "update sessions.meeting_minutes set html = ?, version = version + 1 "
                        + "where meeting_id = ?", "<p>Versie van een ander " + run + "</p>", meeting);
            }
            browser.click(By.id("records:saveMinutes"));
            browser.waitForText("records:messages", "Iemand anders heeft het verslag intussen gewijzigd");
            assertThat(browser.text(By.id("records:minutesConflict"))).contains("Versie van een ander " + run);
            assertThat(browser.text(By.cssSelector("#records\\:minutesText .ql-editor")))
                    .contains("Nog niet bewaard " + run);
            browser.click(By.id("records:saveMinutes"));
            browser.waitForText("records:messages", "Het verslag is opgeslagen.");
            assertThat(browser.driver().findElements(By.id("records:minutesConflict"))).isEmpty();
            browser.driver().findElement(By.id("records:file_input")).sendKeys(pdf.toString());
            browser.waitForText("records:messages", "is toegevoegd");
            assertThat(browser.text(By.id("attachment-list"))).contains(pdf.getFileName().toString());
            String link = browser.driver().findElement(By.cssSelector("#attachment-list a")).getAttribute("href");
            HttpResponse<byte[]> download = Http.asBrowser(browser, link);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(download.body()).isEqualTo(Files.readAllBytes(pdf));
            browser.driver().findElement(By.id("records:file_input")).sendKeys(large.toString());
            browser.waitForText("records:messages", "te groot");
            // a name with a character a file name may not have is refused saying so, in Dutch
            browser.driver().findElement(By.id("records:file_input")).sendKeys(quoted.toString());
            browser.waitForText("records:messages", "geef het bestand een andere naam");
            assertThat(browser.text(By.id("records:messages"))).doesNotContain("File Error");
            assertThat(browser.driver().findElements(By.cssSelector("#attachment-list li"))).hasSize(1);
            assertThat(attachmentsOf(meeting)).as("stored attachments").isEqualTo(1);
            // the coordinator removes it again after confirming
            browser.click(By.cssSelector("#attachment-list button[id$='removeAttachment']"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("records:messages", "is verwijderd");
            assertThat(browser.text(By.id("attachments"))).contains("Nog geen bijlagen");
            assertThat(attachmentsOf(meeting)).as("stored attachments after removal").isZero();

            // a follow-up action for Westland, due in three weeks
            browser.choose("records:municipalityCode", "Westland");
            browser.type("records:description", action);
            fill(browser, "records:dueOn_input", DAY.format(due));
            browser.click(By.id("records:addFollowUp"));
            browser.waitForText("records:messages", "De vervolgactie is toegevoegd.");
            assertThat(browser.text(By.id("records:actions"))).contains("Westland", action, DAY.format(due));
            browser.signOut();

            // Westland's officer: the action on the home page, the minutes without what was removed
            browser.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            assertThat(browser.text(By.id("home-follow-ups"))).contains(action, DAY.format(due), "Gehouden " + run);
            browser.driver().get(records);
            String minutes = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('minutes-read').innerHTML;");
            assertThat(minutes).as("the script's text may stay, as text").contains("Besproken: huisvesting " + run,
                    "Klik hier").doesNotContain("javascript", "onerror", "<script", "<img", "alert(1)", "alert(2)");

            // the officer's calendar feed of the series holds its meetings until it is revoked
            openMeetings(browser);
            browser.click(By.id("meetings:subscribe"));
            browser.waitForText("meetings:messages", "Uw abonnementsadres is gemaakt");
            URI feed = URI.create(MailLinks.on(base, browser.driver().findElement(By.id("meetings:feedUrl"))
                    .getAttribute("value")));
            HttpResponse<String> calendar = Http.get(feed);
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.body().replaceAll("\r?\n ", "")).contains("BEGIN:VCALENDAR", ": Gehouden " + run,
                    "X-WR-CALNAME:");
            browser.click(By.id("meetings:revokeFeed"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("meetings:messages", "Uw abonnementsadres is ingetrokken");
            assertThat(Http.get(feed).statusCode()).isEqualTo(404);
        } finally {
            for (Path file : List.of(fake, pdf, large)) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A one-page PDF with this line, made as any office program would. */
    private static byte[] pdf(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(line));
        document.close();
        return out.toByteArray();
    }

    private static long attachmentsOf(long meeting) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement count = db.prepareStatement("select count(*) from sessions.meeting_attachment "
                     + "where meeting_id = ?")) {
            count.setLong(1, meeting);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Types into a field of a dialog or a long form, scrolled to first (a modal dialog scrolls on its own), once the
     * ajax update that opened the dialog has replaced it.
     */
    private static void fill(BrowserSession browser, String id, String text) {
        browser.until(driver -> {
            try {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        driver.findElement(By.id(id)));
                browser.type(id, text);
                return true;
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    /** Opens the personal link mailed to {@code recipient} and answers: no, yes, no (the second slot wins). */
    private void answerByLink(BrowserSession browser, String recipient) {
        browser.driver().get(MailLinks.on(base, personalLink(recipient)));
        browser.click(By.cssSelector("label[for='poll:slots:0:answer:2']"));
        browser.click(By.cssSelector("label[for='poll:slots:1:answer:0']"));
        browser.click(By.cssSelector("label[for='poll:slots:2:answer:2']"));
        browser.click(By.id("poll:saveAnswers"));
        browser.waitForText("poll:messages", "Uw antwoorden zijn opgeslagen.");
    }

    /** The personal poll link in the invitation mailed to {@code recipient}, from its decoded text. */
    private static String personalLink(String recipient) {
        TestMailServer.awaitMail(recipient, "Prik een datum", Duration.ofSeconds(60));
        for (MimeMessage mail : TestMailServer.receivedBy(recipient)) {
            try {
                if (mail.getSubject().contains("Prik een datum")) {
                    Matcher link = Pattern.compile("https?://\\S+date-poll\\.xhtml\\?token=[\\w-]+")
                            .matcher(text(mail.getContent()));
                    if (link.find()) {
                        return link.group();
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no poll link mailed to " + recipient);
    }

    private static String text(Object content) throws MessagingException, IOException {
        return content instanceof Multipart parts ? text(parts.getBodyPart(0).getContent()) : String.valueOf(content);
    }

    private void openMeetings(BrowserSession browser) {
        browser.open("app/sessions/meetings.xhtml?edition=" + edition);
    }

    /** Signs in as {@code email} and answers the poll: per slot 0 yes, 1 if need be, 2 no. */
    private void answer(BrowserSession browser, String email, String poll, int... choices) {
        browser.signIn(email, DEMO_OFFICER.password());
        browser.driver().get(poll);
        for (int slot = 0; slot < choices.length; slot++) {
            browser.click(By.cssSelector("label[for='poll:slots:" + slot + ":answer:" + choices[slot] + "']"));
        }
        browser.click(By.id("poll:saveAnswers"));
        browser.waitForText("poll:messages", "Uw antwoorden zijn opgeslagen.");
        browser.signOut();
    }
}

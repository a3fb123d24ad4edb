package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new user's everyday jobs in headless Chromium: an officer is offered no change of regions, finds where to enrol
 * and is told up front once enrolled; withdrawing asks first; the coordinator is told of the enrolment on their home
 * page and cancels it once confirmed; dates typed the Dutch way and a calendar never left over the save button; the
 * audit trail found by person and by part of a name; the main pages on a phone.
 */
@ExtendWith(ArquillianExtension.class)
class EverydayUseBrowserIT {

    private static final String BOTTLENECKS = "Wij weten niet waar de arbeidsmigranten in de kassen wonen, en op "
            + "twee vakantieparken wonen mensen het hele jaar. De raad wil eerst draagvlak.";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeEdition() throws Exception {
        try (Connection db = TestDatabase.connect()) {
            for (String sql : List.of("delete from registration.enrolment where edition_id in "
                    + "(select id from registration.edition where title like ?)",
                    "delete from registration.edition where title like ?",
                    "delete from registration.region where name like ?")) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setString(1, "%" + run + "%");
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void anOfficerEnrolsFromTheHomePageAndTheCoordinatorCancelsTheConfirmedEnrolmentAfterConfirming()
            throws Exception {
        String title = "Leerkring " + run;
        long edition = openEdition(title);
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            // nothing is offered that would be refused: regions are the coordinator's to change
            officer.open("app/registration/regions.xhtml");
            officer.waitForText("regions:table_data", "Haaglanden");
            assertThat(officer.driver().findElements(By.id("regions:create"))).isEmpty();
            assertThat(officer.driver().findElements(By.cssSelector("[id$=':change']"))).isEmpty();

            // the home page says where to enrol; the enrolment page offers the form
            officer.open("app/home.xhtml");
            officer.waitForText("home-enrol", title);
            officer.click(By.id("home-enrol"));
            officer.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
            officer.waitForText("offer-text", title);
            officer.click(By.id("list:enrol-cta"));
            officer.until(ExpectedConditions.urlContains("circle.xhtml"));
            assertThat(officer.text(By.id("edition-title"))).isEqualTo(title);
            assertThat(officer.text(By.id("enrol:municipalityName"))).isEqualTo("Westland");
            officer.type("enrol:contactEmail", "westland-" + run + "@browser.example");
            officer.click(By.id("enrol:addContact"));
            officer.type("enrol:contacts:0:otherName", "Tweede contactpersoon");
            officer.type("enrol:contacts:0:otherEmail", "tweede-" + run + "@browser.example");
            officer.click(By.cssSelector("label[for='enrol:policyPhase:1']"));
            officer.click(By.cssSelector("label[for='enrol:learningGoals:0']"));
            officer.type("enrol:bottlenecks", BOTTLENECKS.substring(0, 40));
            officer.waitForText("enrol:bottlenecks-counter", "40 tekens getypt (minstens 80, hoogstens 4000)");
            officer.type("enrol:bottlenecks", BOTTLENECKS);
            officer.click(By.cssSelector("#enrol\\:committed .ui-chkbox-box"));
            officer.click(By.id("enrol:submit"));
            officer.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
            officer.waitForText("list:messages", "De aanmelding van Westland is ontvangen.");
            assertThat(officer.text(By.xpath(row(title)))).contains("Tweede contactpersoon · tweede-" + run)
                    .as("the learning goal chosen, by its short name").contains("Aantallen in beeld");
            assertThat(officer.driver().findElements(By.id("list:enrol-cta"))).as("enrolled: nothing more to offer")
                    .isEmpty();
            assertThat(officer.text(By.id("offer-enrolled"))).startsWith("Uw gemeente heeft zich aangemeld voor");
            assertThat(officer.driver().findElements(By.id("offer-none"))).as("not: no circle open").isEmpty();

            // the circle page says so up front instead of showing the form again
            officer.open("circle.xhtml?edition=" + edition);
            officer.waitForText("already-enrolled", "Westland heeft zich al aangemeld voor deze leerkring");
            assertThat(officer.driver().findElements(By.id("enrol"))).isEmpty();

            // the enrolment stands, and what it says can be changed: the form shows it as sent, without the commitment
            officer.click(By.id("revise-enrolment"));
            officer.waitForText("enrol", "Aanmelding wijzigen");
            assertThat(officer.driver().findElement(By.id("enrol:contacts:0:otherEmail")).getAttribute("value"))
                    .isEqualTo("tweede-" + run + "@browser.example");
            assertThat(officer.driver().findElements(By.id("enrol:committed"))).isEmpty();
            officer.type("enrol:contactName", "Nieuwe contactpersoon");
            officer.type("enrol:bottlenecks", "Te kort.");
            officer.click(By.id("enrol:submit"));
            officer.waitForText("enrol:messages", "minstens 80");
            assertThat(officer.driver().findElement(By.id("enrol:contactName")).getAttribute("value"))
                    .as("what was typed stays").isEqualTo("Nieuwe contactpersoon");
            officer.click(By.id("enrol:contacts:0:removeContact"));
            officer.until(ExpectedConditions.numberOfElementsToBe(By.id("enrol:contacts:0:otherName"), 0));
            officer.type("enrol:bottlenecks", BOTTLENECKS);
            officer.click(By.id("enrol:submit"));
            officer.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
            officer.waitForText("list:messages", "De aanmelding van Westland is gewijzigd");
            assertThat(officer.text(By.xpath(row(title)))).contains("Nieuwe contactpersoon")
                    .doesNotContain("Tweede contactpersoon").contains("Wacht op bevestiging");

            // withdrawing asks first; "No" keeps the enrolment
            officer.open("app/registration/enrolments.xhtml");
            officer.click(By.xpath(row(title) + "//button[contains(@id, ':withdraw')]"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertThat(officer.text(By.cssSelector(".ui-confirm-dialog"))).contains("Deze aanmelding intrekken?");
            officer.click(By.cssSelector(".ui-confirmdialog-no"));
            officer.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertThat(officer.text(By.xpath(row(title)))).contains("Wacht op bevestiging");
            assertThat(status(edition)).isEqualTo("SUBMITTED");
        }
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            // the home page tells of the new enrolment, and of its withdrawal later
            assertThat(coordinator.text(By.id("home-enrolment-news")))
                    .containsPattern(": Westland meldde zich aan voor " + title);
            // an edition that is not there is said to be so
            coordinator.open("app/registration/enrolments.xhtml?edition=" + (edition + 1_000_000));
            coordinator.waitForText("list:messages", "Die editie bestaat niet; hieronder staat de huidige.");
            coordinator.open("app/registration/enrolments.xhtml?edition=" + edition);
            coordinator.click(By.cssSelector("#list\\:table_data [id$=':confirm']"));
            coordinator.waitForText("list:table_data", "Bevestigd");
            coordinator.click(By.cssSelector("#list\\:table_data [id$=':withdraw']"));
            coordinator.click(By.cssSelector(".ui-confirmdialog-yes"));
            coordinator.waitForText("list:messages", "De aanmelding van Westland is ingetrokken.");
            assertThat(coordinator.text(By.id("list:table_data"))).contains("Ingetrokken");
            assertThat(status(edition)).isEqualTo("WITHDRAWN");

            coordinator.open("app/home.xhtml");
            String news = coordinator.text(By.id("home-enrolment-news"));
            assertThat(news).contains("Westland trok de aanmelding voor " + title + " in");
            assertThat(news).as("one line per enrolment: the withdrawal replaces the arrival")
                    .doesNotContain("Westland meldde zich aan voor " + title);
            coordinator.click(By.xpath("//section[@id='home-enrolment-news']//a[contains(., '" + title + "')]"));
            coordinator.until(ExpectedConditions.urlContains("edition=" + edition));
            coordinator.waitForText("list:table_data", "Ingetrokken");
        }
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            // withdrawn, the municipality has had its enrolment for this edition: no form is offered that would refuse
            officer.open("circle.xhtml?edition=" + edition);
            officer.waitForText("already-enrolled", "(status: Ingetrokken)");
            assertThat(officer.driver().findElements(By.id("enrol:submit"))).isEmpty();
        }
    }

    @Test
    void aRegionMadeByMistakeIsRemovedNotMergedAndMergingWaitsForATarget() {
        String mistake = "Vergissing " + run;
        String other = "Andere " + run;
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open("app/registration/regions.xhtml");
            for (String name : List.of(other, mistake)) {
                coordinator.type("regions:newName", name);
                coordinator.click(By.id("regions:create"));
                coordinator.waitForText("regions:table_data", name);
            }
            coordinator.click(By.xpath("//tbody[@id='regions:table_data']/tr[contains(., '" + mistake
                    + "')]//button[contains(@id, ':change')]"));
            coordinator.until(ExpectedConditions.visibilityOfElementLocated(By.id("regionForm:merge")));
            assertThat(coordinator.driver().findElement(By.id("regionForm:merge")).isEnabled())
                    .as("nothing to merge into chosen yet").isFalse();
            coordinator.choose("regionForm:mergeTarget", other);
            coordinator.until(ExpectedConditions.elementToBeClickable(By.id("regionForm:merge")));
            // asked first; "no" leaves the focus on the button in the region's dialog, not on the page
            coordinator.click(By.id("regionForm:merge"));
            coordinator.click(By.cssSelector(".ui-confirmdialog-no"));
            coordinator.until(d -> "regionForm:merge".equals(d.switchTo().activeElement().getAttribute("id")));
            coordinator.click(By.id("regionForm:merge"));
            coordinator.click(By.cssSelector(".ui-confirmdialog-yes"));
            coordinator.waitForText("regionForm:dialogMessages", "Regio " + mistake
                    + " heeft nooit gemeenten gehad; verwijder haar in plaats van samen te voegen.");
            coordinator.click(By.id("regionForm:remove"));
            coordinator.click(By.cssSelector(".ui-confirmdialog-yes"));
            coordinator.waitForText("regions:messages", mistake);
            assertThat(coordinator.text(By.id("regions:table_data"))).doesNotContain(mistake).contains(other);
        }
    }

    /**
     * The export holds each entry as stored with its hashes: outside the application, an auditor recomputes every
     * hash (SHA-256 over the fields, each prefixed with its length in bytes and a colon, "-1:" for an absent one)
     * and follows the chain from entry to entry.
     */
    @Test
    void anAuditorRecomputesEveryHashOfTheExportedTrail() throws Exception {
        // an import with a note: more persons than the location has beds
        String crowded = "Vol pand " + java.util.UUID.randomUUID();
        TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", crowded), "locationId");
        java.net.http.HttpResponse<String> imported = Http.post(java.net.URI.create(base + "api/v1/imports/occupancy?name=vol.csv"),
                DEMO_OFFICER.email(), "text/csv", "locatienaam;gemeentecode;peildatum;personen\n" + crowded
                        + ";GM1783;2025-06-01;9\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        PageClient auditor = PageClient.signedIn(base, DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
        PageClient.Page page = auditor.get("app/registration/audit.xhtml");
        PageClient.Page export = auditor.post(page, "audit", "audit:export", Map.of(), null);
        assertThat(export.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(export.body().replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSizeGreaterThan(5);
        int recomputed = 0;
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            if (!"2".equals(row.get("Hashvorm"))) {
                continue;
            }
            recomputed++;
            // a cell a spreadsheet would read as a formula starts with an added ', as the page says
            String hash = sha256(Stream.of("Hash vorige regel", "Wie zoals vastgelegd", "Tijdstip zoals vastgelegd (UTC)",
                    "Handeling zoals vastgelegd", "Record zoals vastgelegd", "Ervoor zoals vastgelegd",
                    "Erna zoals vastgelegd").map(column -> SpreadsheetCsv.restored(row.get(column)))
                    .toArray(String[]::new));
            assertThat(row.get("Hash (SHA-256)")).as("entry " + row.get("Nummer")).isEqualTo(hash);
            // newest first: the entry below is the one before, when the export holds it
            if (i + 1 < rows.size() && Long.parseLong(rows.get(i + 1).get("Nummer"))
                    == Long.parseLong(row.get("Nummer")) - 1) {
                assertThat(row.get("Hash vorige regel")).isEqualTo(rows.get(i + 1).get("Hash (SHA-256)"));
            }
        }
        assertThat(recomputed).isEqualTo(rows.size());
        // the notes of an import read as its importer was told them, line and column first
        assertThat(rows).filteredOn(row -> row.get("Handeling zoals vastgelegd").equals("import.completed")
                        && row.get("Erna zoals vastgelegd").contains("import.note.overcrowded")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("Wat veranderde (ervoor → erna)"))
                        .containsPattern("regel \\d+, kolom personen: \\d+ personen bij \\d+ bedden")
                        .doesNotContain("import.note"));
    }

    /** An empty cell stands for an absent field: the trail keeps no empty text. */
    private static String sha256(String... fields) throws Exception {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (String field : fields) {
            byte[] bytes = field.isEmpty() ? null : field.getBytes(StandardCharsets.UTF_8);
            content.writeBytes((bytes == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            if (bytes != null) {
                content.writeBytes(bytes);
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.toByteArray()));
    }

    @Test
    void datesAreTypedTheDutchWayAndTheAuditTrailIsFoundByPersonAndPartOfAName() {
        String source = "Gemeentelijke telling " + run;
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/counts.xhtml");
            officer.click(By.id("counts:new"));
            officer.type("countForm:referenceDate_input", "31-02-2019");
            officer.type("countForm:brp_input", "1234");
            officer.type("countForm:source", source);
            officer.click(By.id("countForm:save"));
            officer.waitForText("countForm:formMessages", "Peildatum: „31-02-2019” bestaat niet als datum: kijk de dag en de maand na.");
            assertThat(officer.driver().findElement(By.id("countForm:referenceDate_input")).getAttribute("value"))
                    .as("the typed text stays").isEqualTo("31-02-2019");
            assertThat(officer.text(By.id("counts:table_data"))).doesNotContain(source);

            // the calendar opened from its button closes on Escape, so it never stays over the save button
            officer.click(By.cssSelector("#countForm\\:referenceDate .ui-datepicker-trigger"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("countForm:referenceDate_panel")));
            officer.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            officer.until(ExpectedConditions.invisibilityOfElementLocated(By.id("countForm:referenceDate_panel")));
            assertThat(officer.driver().findElement(By.id("countDialog")).isDisplayed()).isTrue();

            // a day chosen in the calendar closes it, and so does typing a date while it is open: the save
            // button below takes the click (Selenium refuses a click that another element would receive)
            By trigger = By.cssSelector("#countForm\\:referenceDate .ui-datepicker-trigger");
            By panel = By.id("countForm:referenceDate_panel");
            officer.click(trigger);
            officer.click(By.xpath("//div[@id='countForm:referenceDate_panel']"
                    + "//td[not(contains(@class, 'ui-datepicker-other-month'))]/a[text()='15']"));
            officer.until(ExpectedConditions.invisibilityOfElementLocated(panel));
            assertThat(officer.driver().findElement(By.id("countForm:referenceDate_input")).getAttribute("value"))
                    .matches("15-\\d{2}-\\d{4}");
            officer.click(trigger);
            officer.until(ExpectedConditions.visibilityOfElementLocated(panel));
            officer.type("countForm:referenceDate_input", "1 dec 2019");
            officer.until(ExpectedConditions.invisibilityOfElementLocated(panel));
            officer.click(By.id("countForm:save"));
            officer.waitForText("counts:table_data", source);
            assertThat(officer.text(By.xpath("//tbody[@id='counts:table_data']/tr[contains(., '" + source + "')]")))
                    .contains("01-12-2019").contains("1.234");
        }
        try (BrowserSession auditor = new BrowserSession(base)) {
            auditor.signIn(DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
            auditor.open("app/registration/audit.xhtml");
            // the period may be typed in any common way
            for (String[] period : new String[][] {{"1-12-2019", "31/12/2099"}, {"2019-12-01", "31 dec 2099"}}) {
                auditor.type("audit:from_input", period[0]);
                auditor.type("audit:until_input", period[1]);
                WebElement shown = auditor.driver().findElement(By.id("audit:entries_data"));
                auditor.click(By.id("audit:search"));
                auditor.until(ExpectedConditions.stalenessOf(shown));
                assertThat(auditor.text(By.id("audit:filterMessages"))).as(period[0] + " and " + period[1]).isEmpty();
                assertThat(auditor.text(By.id("audit:entries_data"))).contains("Inloggen · gelukt");
                // what the search found is said to a screen reader, which hears the table change no other way
                WebElement found = auditor.driver().findElement(By.id("audit:found"));
                assertThat(found.getAttribute("role")).isEqualTo("status");
                assertThat(found.getAttribute("textContent").strip()).matches("\\d+ regels? gevonden");
            }
            auditor.type("audit:until_input", "morgen");
            auditor.click(By.id("audit:search"));
            auditor.waitForText("audit:filterMessages", "„morgen” is geen datum die we kunnen lezen.");
            auditor.type("audit:from_input", "05-12-2026");
            auditor.type("audit:until_input", "01-12-2026");
            auditor.click(By.id("audit:search"));
            auditor.waitForText("audit:filterMessages", "De periode eindigt voor ze begint");
            auditor.type("audit:from_input", "");
            auditor.type("audit:until_input", "");

            auditor.type("audit:person", "auditor@demo");
            auditor.click(By.id("audit:search"));
            auditor.until(d -> !auditor.text(By.id("audit:entries_data")).contains(DEMO_OFFICER.email()));
            List<WebElement> rows = auditor.driver().findElements(By.cssSelector("#audit\\:entries_data > tr"));
            assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains(DEMO_AUDITOR.email()));

            auditor.type("audit:person", "officer.westland");
            // the words the table shows find the entry, though stored by other names (count.recorded)
            auditor.type("audit:text", "Telling vastgelegd " + run.substring(0, 6));
            auditor.click(By.id("audit:search"));
            auditor.waitForText("audit:entries_data", "Telling · vastgelegd");
            assertThat(auditor.driver().findElements(By.cssSelector("#audit\\:entries_data > tr"))).hasSize(1);
            assertThat(auditor.text(By.id("audit:entries_data"))).contains(DEMO_OFFICER.email())
                    .contains("Bron: " + source).contains("Ingeschreven BRP: 1.234").contains("Peildatum: 01-12-2019");
            // what the search found, as a file to hand on: in the page's words, with what was stored beside them
            String csv = (String) ((JavascriptExecutor) auditor.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = new FormData(document.getElementById('audit'));
                    form.append('audit:export', 'audit:export');
                    fetch(location.href, {method: 'POST', body: new URLSearchParams(form)})
                        .then(r => r.text()).then(done, e => done('failed: ' + e));
                    """);
            assertThat(csv.lines().toList()).hasSize(2);
            assertThat(csv).startsWith("Nummer;Tijdstip (Nederlandse tijd);Wie;Wat;Waarop")
                    .contains(DEMO_OFFICER.email()).contains("Telling · vastgelegd").contains("count.recorded")
                    .contains("Bron: " + source);
        }
    }

    /** Pairs of links or buttons in one table cell on one line with less than 4 pixels between them. */
    private static final String CRAMPED_LINKS = """
            const cramped = [];
            for (const cell of document.querySelectorAll('td')) {
                const links = [...cell.querySelectorAll('a, button')].filter(l => l.getClientRects().length > 0);
                for (let i = 1; i < links.length; i++) {
                    const a = links[i - 1].getBoundingClientRect(), b = links[i].getBoundingClientRect();
                    const sameLine = a.top < b.bottom && b.top < a.bottom;
                    if (sameLine && b.left - a.right < 4 && a.left - b.right < 4) {
                        cramped.push(links[i - 1].textContent.trim() + ' | ' + links[i].textContent.trim());
                    }
                }
            }
            return cramped;""";

    /**
     * The words of a table's headers and cells that a column too narrow for them breaks inside (a break at a space or
     * a hyphen is a word's own); a cell with a form field in it (a filter) is left out.
     */
    private static final String BROKEN_WORDS = """
            var broken = [];
            document.querySelectorAll('.ui-datatable th, .ui-datatable td').forEach(function (cell) {
                if (!cell.offsetParent || cell.querySelector('select, input')) { return; }
                var style = getComputedStyle(cell);
                var room = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft)
                        - parseFloat(style.paddingRight);
                var texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (var text = texts.nextNode(); text; text = texts.nextNode()) {
                    var words = text.textContent.split(/[\\s\\-–]+/)
                            .filter(function (w) { return w.length > 1 && w.length <= 24; });
                    // a text only a screen reader reads (an icon button's name) takes no room on the screen
                    if (!words.length || !text.parentElement.getClientRects().length
                            || getComputedStyle(text.parentElement).clip.indexOf('rect(0') === 0) { continue; }
                    var longest = words.reduce(function (a, b) { return a.length >= b.length ? a : b; });
                    // measured in the letters it is shown in: a name in small print needs less room
                    var probe = document.createElement('span');
                    probe.style.whiteSpace = 'nowrap';
                    probe.style.font = getComputedStyle(text.parentElement).font;
                    probe.textContent = longest;
                    document.body.appendChild(probe);
                    var needed = probe.getBoundingClientRect().width;
                    probe.remove();
                    if (needed > room + 2) {
                        broken.push(longest + ' (' + Math.round(needed) + ' > ' + Math.round(room) + ')');
                    }
                }
            });
            return broken;
            """;

    /**
     * The main pages on a phone 390 pixels wide: the page itself never scrolls sideways (a wide table scrolls inside
     * its own frame), no word of a table stands broken letter by letter in a narrow column, and links side by side in
     * a table cell keep a visible gap between them.
     */
    @Test
    void theMainPagesFitAPhoneAndLinksInTablesKeepApart() {
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.driver().manage().window().setSize(new Dimension(390, 844));
            JavascriptExecutor js = (JavascriptExecutor) coordinator.driver();
            assertThat(((Number) js.executeScript("return window.innerWidth;")).intValue())
                    .as("the viewport of the phone").isLessThanOrEqualTo(400);
            for (String page : List.of("app/monitoring/locations.xhtml", "app/monitoring/counts.xhtml",
                    "app/registration/audit.xhtml", "app/registration/enrolments.xhtml",
                    "app/registration/municipalities.xhtml", "app/registration/editions.xhtml",
                    "app/strategy/documents.xhtml", "app/strategy/overview.xhtml")) {
                coordinator.open(page);
                coordinator.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-datatable")));
                long overflow = (Long) js.executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("%s scrolls sideways by %d pixels", page, overflow).isLessThanOrEqualTo(0);
                assertThat((List<?>) js.executeScript(CRAMPED_LINKS)).as("links run together on %s", page).isEmpty();
                assertThat((List<?>) js.executeScript(BROKEN_WORDS)).as("words broken on %s", page).isEmpty();
            }
            // the register's code, province, status and contacts give way to name, region and the row's actions
            coordinator.open("app/registration/municipalities.xhtml");
            coordinator.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-datatable")));
            assertThat((String) js.executeScript("return ['code', 'province', 'status', 'contact', 'name']"
                    + ".map(function (c) { return getComputedStyle(document.getElementById('list:table:' + c))"
                    + ".display; }).join(' ');")).isEqualTo("none none none none table-cell");
        }
    }

    private static String row(String title) {
        return "//tbody[@id='list:table_data']/tr[contains(., '" + title + "')]";
    }

    private long openEdition(String title) throws Exception {
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into registration.edition (title, description, target_group, opens_on, closes_on, capacity, "
                        + "created_at) values (?, 'Vier bijeenkomsten.', 'Gemeenten', ?, ?, 10, now()) returning id")) {
            insert.setString(1, title);
            insert.setObject(2, today);
            insert.setObject(3, today.plusDays(30));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static String status(long edition) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select status from registration.enrolment where edition_id = ? and municipality_code = 'GM1783'")) {
            query.setLong(1, edition);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}

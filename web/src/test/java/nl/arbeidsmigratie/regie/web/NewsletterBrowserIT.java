package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.testing.Browser;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The newsletter through the browser and the mailbox, as a visitor and a coordinator use it. */
@ExtendWith(ArquillianExtension.class)
class NewsletterBrowserIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String DOMAIN = "@newsletter-browser.example";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final String run = Long.toString(System.nanoTime(), 36);
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.reuseOrStart();
        wait = Browser.waitOn(browser);
    }

    @AfterEach
    void closeBrowserAndRemoveTestData() throws SQLException {
        Browser.release(browser, base);
        try (Connection connection = TestDatabase.connect()) {
            delete(connection, "delete from registration.subscriber where email like ?", "%" + DOMAIN);
            delete(connection, "delete from registration.newsletter_issue where subject like ?", "%" + run);
        }
    }

    @Test
    void anUnsubscribeLinkThatNamesNobodySaysSoAtOnceAndOffersNoButton() throws Exception {
        for (String link : new String[] {"unsubscribe.xhtml", "unsubscribe.xhtml?token=verzonnen"}) {
            browser.get(base + link);
            assertThat(text("outcome")).as(link).startsWith("Deze afmeldlink is ongeldig of onvolledig");
            assertThat(browser.findElements(By.id("unsubscribe:confirm"))).as(link).isEmpty();
        }
    }

    @Test
    void aVisitorSubscribesConfirmsFromTheMailAndUnsubscribesFromTheLinkInAnIssue() throws Exception {
        String visitor = "visitor-" + run + DOMAIN;
        String reader = "reader-" + run + DOMAIN;

        browser.get(base + "newsletter.xhtml");
        browser.findElement(By.id("subscribe:email")).sendKeys(visitor);
        browser.findElement(By.id("subscribe:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribe:messages"),
                "Geef toestemming om de nieuwsbrief te mogen ontvangen."));
        assertThat(TestMailServer.receivedBy(visitor)).isEmpty();

        // what is consented to is said with the box, to a screen reader too
        assertThat(browser.findElement(By.id("subscribe:consent_input")).getAttribute("aria-describedby"))
                .contains("consent-text");
        browser.findElement(By.id("subscribe:name")).sendKeys("Bezoeker");
        browser.findElement(By.cssSelector("#subscribe\\:consent .ui-chkbox-box")).click();
        browser.findElement(By.id("subscribe:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-mailbox")));
        wait.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                .contains(d.findElement(By.id("check-mailbox")).getText()));

        // opening the link, as a mail scanner does, confirms nothing: the button does
        String confirmation = MailLinks.on(base, link(visitor, "Bevestig uw aanmelding", "newsletter-confirm.xhtml"));
        browser.get(confirmation);
        assertThat(text("intro")).startsWith("Wilt u de nieuwsbrief ontvangen?");
        browser.get(confirmation);
        browser.findElement(By.id("confirmation:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"),
                "Uw aanmelding is bevestigd. U ontvangt voortaan de nieuwsbrief."));
        browser.get(confirmation);
        assertThat(text("outcome")).as("a used link says so at once").startsWith("Deze bevestigingslink is al gebruikt");
        assertThat(browser.findElements(By.id("confirmation:confirm"))).isEmpty();
        subscribeAndConfirm(reader);

        signInAsCoordinator();
        String first = "Eerste nieuwsbrief " + run;
        sendIssue(first);
        browser.get(MailLinks.on(base, link(visitor, first, "unsubscribe.xhtml")));
        browser.findElement(By.id("unsubscribe:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"),
                "U bent afgemeld. U ontvangt geen nieuwsbrieven meer."));
        // the link opened again says so at once, without offering the button
        browser.get(MailLinks.on(base, link(visitor, first, "unsubscribe.xhtml")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "U was al afgemeld."));
        assertThat(browser.findElements(By.id("unsubscribe:confirm"))).isEmpty();

        String second = "Tweede nieuwsbrief " + run;
        sendIssue(second);
        mailText(reader, second);
        // the reader leaves with their mail program's own button: one POST to the address in the mail's header
        MimeMessage received = TestMailServer.receivedBy(reader).stream().filter(m -> subject(m).contains(second))
                .findFirst().orElseThrow();
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String oneClick = MailLinks.on(base, received.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", ""));
        java.net.http.HttpResponse<String> left = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(oneClick))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).startsWith("U bent afgemeld.");
        // opened in a browser the address unsubscribes no one by itself: it leads to the page, which says so
        browser.get(oneClick);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "U was al afgemeld."));
        browser.get(base + "app/registration/newsletter.xhtml");
        // an issue's mails are all in the outbox once it shows as sent; the relay has passed them when none waits
        assertThat(outboxMails(visitor, second, "true")).isZero();
        wait.until(d -> outboxMails("%", second, "sent_at is null") == 0);
        assertThat(TestMailServer.receivedBy(visitor)).noneMatch(m -> subject(m).equals(second));

        // a draft made by mistake is removed after confirming; a sent issue offers no removal
        String mistake = "Vergissing " + run;
        browser.findElement(By.id("issues:new")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:subject"))).sendKeys(mistake);
        typeBody("Niet versturen");
        browser.findElement(By.id("editForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("issues:table"), mistake));
        assertThat(browser.findElements(By.id("issues:table:1:remove"))).isEmpty();
        browser.findElement(By.id("issues:table:0:remove")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "is verwijderd"));
        assertThat(browser.findElement(By.id("issues:table")).getText()).doesNotContain(mistake).contains(second);
    }

    @Test
    void aCoordinatorFindsASubscriberReadsTheirConsentAndErasesThemOnRequest() throws Exception {
        String reader = "erase-me-" + run + DOMAIN;
        subscribeAndConfirm(reader);
        signInAsCoordinator();
        browser.get(base + "app/registration/newsletter.xhtml");
        browser.findElement(By.id("subscribers")).click();
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:table:globalFilter")));
        assertThat(text("counts")).matches("\\d+ bevestigd, \\d+ wachten op bevestiging, \\d+ afgemeld\\.");
        search.sendKeys("ERASE-ME-" + run);
        // the search asks as the user types; the last answer has come when no request waits
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()")
                && d.findElements(By.cssSelector("#list\\:table_data > tr")).size() == 1
                && d.findElement(By.id("list:table_data")).getText().contains(reader));
        assertThat(text("list:table:0:statusText")).isEqualTo("Bevestigd");
        browser.findElement(By.id("list:table:0:consent")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consentText"),
                "Ik wil de tweewekelijkse nieuwsbrief"));
        assertThat(text("consentWho")).startsWith(reader + " gaf op ");
        browser.findElement(By.cssSelector("#consentDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("consentText")));

        browser.findElement(By.id("list:table:0:erase")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:messages"),
                "Alle gegevens van " + reader + " zijn gewist."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table_data"),
                "Geen abonnees gevonden."));
        assertThat(outboxMails(reader, "", "true")).as("the confirmation mail sent to the address is erased with it")
                .isZero();
    }

    /** Types into the issue's text as its writer does, in the rich-text editor. */
    private void typeBody(String text) {
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#editForm\\:body .ql-editor")));
        editor.click();
        editor.sendKeys(text);
    }

    /** Mails to recipients like {@code recipient} whose subject holds {@code subject} and meet {@code condition}. */
    private static long outboxMails(String recipient, String subject, String condition) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement("select count(*) from platform.outbox_mail"
                     + " where lower(recipient) like lower(?) and position(? in subject) > 0 and " + condition)) {
            statement.setString(1, recipient);
            statement.setString(2, subject);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void subscribeAndConfirm(String email) throws Exception {
        browser.get(base + "newsletter.xhtml");
        browser.findElement(By.id("subscribe:email")).sendKeys(email);
        browser.findElement(By.cssSelector("#subscribe\\:consent .ui-chkbox-box")).click();
        browser.findElement(By.id("subscribe:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-mailbox")));
        browser.get(MailLinks.on(base, link(email, "Bevestig uw aanmelding", "newsletter-confirm.xhtml")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmation:confirm"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "bevestigd"));
    }

    private void signInAsCoordinator() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(DEMO_COORDINATOR.email());
        browser.findElement(By.id("login:password")).sendKeys(DEMO_COORDINATOR.password());
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("app/home.xhtml"));
    }

    /** Writes an issue on the coordinator page, previews it and sends it after confirming. */
    private void sendIssue(String subject) {
        browser.get(base + "app/registration/newsletter.xhtml");
        browser.findElement(By.id("issues:new")).click();
        WebElement subjectField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:subject")));
        subjectField.sendKeys(subject);
        typeBody("Hallo ");
        // the rest pasted from elsewhere, with a handler and a script: neither survives, nor the script's text
        WebElement editor = browser.findElement(By.cssSelector("#editForm\\:body .ql-editor"));
        ((JavascriptExecutor) browser).executeScript("const data = new DataTransfer();"
                + " data.setData('text/html', arguments[1]); data.setData('text/plain', 'lezers');"
                + " arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                + " cancelable: true}));", editor, "<p onclick=\"alert(1)\"><b>lezers</b>.</p><script>alert(2)</script>");
        browser.findElement(By.id("editForm:previewDraft")).click();
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:draftPreview")));
        assertThat(preview.getAttribute("innerHTML")).containsPattern("<(b|strong)>lezers</(b|strong)>")
                .doesNotContain("<script").doesNotContain("onclick").doesNotContain("alert");
        browser.findElement(By.id("editForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("issues:table"), subject));

        browser.findElement(By.id("issues:table:0:send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sendForm:confirmSend"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "verstuurd aan"));
        assertThat(text("issues:table:0:statusText")).isEqualTo("Verstuurd");
    }

    /** The first link to {@code page} in the plain text of the mail to {@code recipient} about {@code subject}. */
    private static String link(String recipient, String subject, String page) throws Exception {
        Matcher links = Pattern.compile("https?://\\S+").matcher(mailText(recipient, subject));
        while (links.find()) {
            if (links.group().contains(page)) {
                return links.group();
            }
        }
        throw new AssertionError("no link to " + page + " in the mail to " + recipient + " about " + subject);
    }

    /** The decoded text part, which the raw body of a multipart or quoted-printable mail is not. */
    private static String mailText(String recipient, String subject) throws Exception {
        TestMailServer.awaitMail(recipient, subject, MAIL_WAIT);
        MimeMessage message = TestMailServer.receivedBy(recipient).stream()
                .filter(m -> subject(m).contains(subject)).findFirst().orElseThrow();
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            BodyPart text = multipart.getBodyPart(0);
            return String.valueOf(text.getContent());
        }
        return String.valueOf(content);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().strip();
    }

    private static void delete(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}

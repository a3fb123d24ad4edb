package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.testing.Browser;
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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Account administration and activation in the packaged WAR, through headless Chromium and a real mail. */
@ExtendWith(ArquillianExtension.class)
class AccountsBrowserIT {

    private static final Pattern ACTIVATION_LINK = Pattern.compile(
            "https?://\\S+/activate\\.xhtml\\?lang=nl&token=\\S+");
    private static final String PASSWORD = "de dijk bij Delft is lang";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private final String officerEmail = "officer." + System.currentTimeMillis() + "@delft.example";

    @BeforeEach
    void openBrowser() {
        browser = Browser.reuseOrStart();
        wait = Browser.waitOn(browser);
    }

    @AfterEach
    void closeBrowserAndRemoveTheAccount() throws Exception {
        Browser.release(browser, base);
        try (Connection connection = TestDatabase.connect();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from registration.account where email = ?")) {
            delete.setString(1, officerEmail);
            delete.executeUpdate();
        }
    }

    @Test
    void aNewOfficerActivatesTheirAccountFromTheMailGreenMailReceivedAndLogsIn() throws Exception {
        signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
        browser.get(base + "app/registration/accounts.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("list:create"))).click();
        WebElement firstSave = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:save")));
        // a name of spaces is no name, named with the rest at once
        browser.findElement(By.id("accountForm:displayName")).sendKeys("   ");
        firstSave.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:formMessages"), "e-mailadres"));
        assertThat(browser.findElement(By.id("accountForm:formMessages")).getText()).as("all at once")
                .contains("Vul het e-mailadres in.", "Vul een naam in.", "Kies de gemeente van deze beleidsmedewerker.");
        assertThat(browser.findElement(By.id("list:messages")).getText()).as("said once, in the dialog").isEmpty();
        browser.findElement(By.id("accountForm:email")).sendKeys(officerEmail);
        browser.findElement(By.id("accountForm:displayName")).sendKeys("Nieuwe beleidsmedewerker Delft");
        // by keys in the list filtered: an arrow past the last option shown stays there, on none the filter hid
        wait.until(ExpectedConditions.elementToBeClickable(By.id("accountForm:municipality"))).click();
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("accountForm:municipality_filter")));
        filter.sendKeys("Delft");
        wait.until(d -> d.findElements(By.cssSelector("#accountForm\\:municipality_items li.ui-selectonemenu-item"))
                .stream().filter(WebElement::isDisplayed).count() == 1);
        filter.sendKeys(Keys.ARROW_DOWN);
        filter.sendKeys(Keys.ARROW_DOWN);
        filter.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#accountForm\\:municipality_label"),
                "Delft (GM0503, Zuid-Holland)"));
        // the dialog grew by the refusals under its fields: its button may lie below the window's edge, and the
        // municipality's list, fading out, may still lie over it
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("accountForm:municipality_panel")));
        WebElement save = browser.findElement(By.id("accountForm:save"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            save.click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:messages"), "is aangemaakt"));
        assertThat(browser.findElement(By.id("list:table_data")).getText())
                .contains(officerEmail, "Wacht op activering");
        browser.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        TestMailServer.awaitMail(officerEmail, "Uw account", Duration.ofSeconds(30));
        String link = MailLinks.on(base, activationLink(TestMailServer.receivedBy(officerEmail).get(0)));
        browser.get(link);
        choosePassword("welkom123456");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form"), "te vaak gebruikt"));
        choosePassword(PASSWORD);
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.findElement(By.id("login:messages")).getText()).contains("Uw account is geactiveerd");

        signIn(officerEmail, PASSWORD);
        assertThat(browser.findElement(By.id("topbar:municipality")).getText()).isEqualTo("Delft");

        browser.get(base + "app/registration/profile.xhtml");
        BrowserSession.choose(browser, wait, "language:preferredLanguage", "English");
        browser.findElement(By.id("language:save")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My account"));
        browser.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("signed out, the sign-in page is in the language the person read in").isEqualTo("Sign in");
        signIn(officerEmail, PASSWORD);
        assertThat(browser.findElement(By.id("role")).getText()).as("the preferred language applies at sign-in")
                .isEqualTo("Municipal officer");

        browser.get(link);
        assertThat(browser.findElement(By.id("form:linkProblem")).getText()).as("in the session's language, English")
                .contains("used already");
        assertThat(browser.findElements(By.id("form:password"))).isEmpty();
    }

    @Test
    void anOfficerOpeningTheAccountsPageIsToldNoAndSeesNoAccounts() {
        signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
        browser.get(base + "app/registration/accounts.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("refused"), "U mag dit niet doen."));
        assertThat(browser.findElements(By.id("list:table"))).isEmpty();
        assertThat(browser.findElements(By.id("accountForm"))).isEmpty();
        assertThat(browser.getTitle()).contains("Geen toegang");

        for (String page : List.of("app/registration/audit.xhtml", "app/registration/newsletter.xhtml",
                "app/registration/editions.xhtml", "app/registration/mail-log.xhtml")) {
            browser.get(base + page);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("refused"), "U mag dit niet doen."));
            assertThat(browser.getTitle()).as(page).contains("Geen toegang");
        }
    }

    @Test
    void anAddressThatIsNoneIsSaidAtItsFieldWhenAResetIsAsked() {
        browser.get(base + "forgot.xhtml");
        browser.findElement(By.id("forgot:email")).sendKeys("geen-adres");
        browser.findElement(By.id("forgot:send")).click();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("small.field-refusal[data-for='forgot:email']")));
        assertThat(refusal.getText()).isEqualTo("E-mailadres: Dit is geen geldig e-mailadres.");
        assertThat(browser.findElement(By.id("forgot:email")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    private void choosePassword(String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:password"))).sendKeys(password);
        browser.findElement(By.id("form:repeatPassword")).sendKeys(password);
        browser.findElement(By.id("form:submit")).click();
    }

    private void signIn(String email, String password) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("app/home.xhtml"));
    }

    /** The decoded text, not the raw body: a transfer encoding would break the link. */
    private static String activationLink(MimeMessage mail) throws Exception {
        Matcher link = ACTIVATION_LINK.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("an activation link in the mail").isTrue();
        return link.group();
    }
}

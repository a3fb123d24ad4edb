package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The packaged WAR on Payara Micro, used through headless Chromium as its users would. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private BrowserSession browser;

    @BeforeEach
    void openBrowser() {
        browser = new BrowserSession(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCoordinatorPagesFiltersAndSwitchesToEnglish() throws Exception {
        // A coordinator of their own: the language chosen is kept with the account, other tests expect Dutch.
        String email = "english.coordinator@regie.example";
        TestData.accountLike(DEMO_COORDINATOR, email);
        browser.signIn(email, DEMO_COORDINATOR.password());
        assertThat(browser.text(By.id("role"))).isEqualTo("Provinciaal coördinator");

        browser.click(By.id("nav-municipalities"));
        waitForReport("1–25 van 342");
        assertThat(browser.driver().findElements(By.cssSelector("#list\\:table_data > tr"))).hasSize(25);

        browser.click(By.cssSelector("#list\\:table .ui-paginator-next"));
        waitForReport("26–50 van 342");

        browser.choose("list:table:regionFilter", "Haaglanden");
        waitForReport("1–9 van 9");
        assertThat(browser.driver().findElements(By.cssSelector("#list\\:table_data > tr"))).hasSize(9);
        assertThat(browser.text(By.id("list:table_data"))).contains("Westland", "Delft");

        browser.click(By.id("topbar:lang-en"));
        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Municipalities"));
        assertThat(browser.text(By.id("list:table:name"))).contains("Name");
        assertThat(browser.text(By.id("role"))).isEqualTo("Provincial coordinator");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.driver().getCurrentUrl()).as("a page opened without parameters is shown without them")
                .endsWith("/app/registration/municipalities.xhtml");
    }

    @Test
    void aCoordinatorKeepsContactPersonsAndBadInputChangesNothing() {
        signIn(DEMO_COORDINATOR);
        browser.open("app/registration/municipalities.xhtml");
        browser.driver().findElement(By.id("list:table:name:filter")).sendKeys("Katwijk");
        waitForReport("1–1 van 1");
        // a dialog opened from a row gives the focus back to the row's button as it closes, not to its cell
        browser.click(By.id("list:table:0:edit"));
        browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!document.activeElement.closest('#editDialog')")));
        browser.click(By.id("editForm:cancel"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        browser.until(d -> "list:table:0:edit".equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement.id")));

        browser.click(By.id("list:table:0:contacts"));
        browser.type("contactsForm:contactName", "Test Contactpersoon");
        browser.type("contactsForm:email", "geen-adres");
        browser.click(By.id("contactsForm:saveContact"));
        browser.waitForText("contactsForm:contactMessages", "Dit is geen geldig e-mailadres.");
        assertThat(browser.text(By.id("list:table_data"))).doesNotContain("Test Contactpersoon");

        browser.type("contactsForm:email", "wonen@katwijk.example");
        browser.click(By.id("contactsForm:saveContact"));
        browser.waitForText("list:table_data", "Test Contactpersoon · wonen@katwijk.example");

        browser.click(By.cssSelector("[id$=':removeContact']"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("list:table_data"), "Test Contactpersoon")));
    }

    @Test
    void anAuditorVerifiesTheAuditTrail() {
        signIn(DEMO_AUDITOR);
        browser.click(By.id("nav-audit"));
        browser.click(By.id("audit:verify"));
        browser.waitForText("audit:verification", "De audittrail is intact");
        assertThat(browser.text(By.id("audit:entries_data"))).contains("Inloggen · gelukt");
        assertThat(browser.driver().findElements(By.id("nav-accounts"))).isEmpty();
        // each calendar button names its field, also in the text a copy of the form takes
        WebElement calendar = browser.driver().findElement(By.cssSelector("#audit\\:from button.ui-datepicker-trigger"));
        assertThat(calendar.getAttribute("aria-label")).isEqualTo("Kies datum: Van");
        assertThat(calendar.getAttribute("textContent")).isEqualTo("Kies datum: Van");
        assertThat(browser.driver().findElement(By.id("audit:from_input")).getAttribute("placeholder"))
                .isEqualTo("dd-mm-jjjj");
    }

    @Test
    void aWrongPasswordShowsTheMessageAndGrantsNoSession() {
        browser.open("login.xhtml");
        browser.type("login:email", DEMO_COORDINATOR.email());
        browser.type("login:password", "not the password");
        browser.click(By.id("login:submit"));
        browser.waitForText("login:messages", "Onbekend e-mailadres of onjuist wachtwoord.");
        // the page comes back whole: the focus is on what it says, not nowhere
        browser.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.activeElement.closest('#login\\\\:messages, [aria-invalid=true]') !== null"))
                .equals("true"));

        browser.open("app/registration/municipalities.xhtml");
        browser.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.driver().findElements(By.id("list:table"))).isEmpty();
    }

    @Test
    void signingInIssuesANewSessionIdAndSigningOutEndsTheSession() {
        browser.open("login.xhtml");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        signIn(DEMO_COORDINATOR);
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualToIgnoringCase("Lax");
        // the browser is known at its next sign-in, by a cookie no script reads
        Cookie device = browser.driver().manage().getCookieNamed("regie-device");
        assertThat(device.getValue()).matches("[A-Za-z0-9_-]{43}");
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getExpiry()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(150))));

        browser.click(By.id("topbar:logout"));
        browser.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.open("app/home.xhtml");
        browser.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void anOfficerSeesNoEditControlAndPostingTheEditAnywayChangesNothing() {
        signIn(DEMO_OFFICER);
        assertThat(browser.text(By.id("topbar:municipality"))).isEqualTo("Westland");
        browser.open("app/registration/municipalities.xhtml");
        waitForReport("1–25 van 342");
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':edit']"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("editForm"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("contactsForm"))).isEmpty();

        String answer = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const state = document.querySelector("input[name='jakarta.faces.ViewState']").value;
                const form = new URLSearchParams({
                    'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': 'contactsForm:saveContact',
                    'jakarta.faces.partial.execute': '@all', 'jakarta.faces.partial.render': '@all',
                    'contactsForm': 'contactsForm', 'contactsForm:saveContact': 'contactsForm:saveContact',
                    'contactsForm:contactName': 'Overgenomen', 'jakarta.faces.ViewState': state,
                    'primefaces.nonce': PrimeFaces.csp.NONCE_VALUE});
                fetch(location.href, {method: 'POST', body: form, headers: {'Faces-Request': 'partial/ajax'}})
                    .then(r => r.text().then(body => done(r.status + ' ' + body)), e => done('failed: ' + e));
                """);
        // The post passes the page's own checks (view state, CSP nonce), is answered, and saves nothing.
        assertThat(answer).as(answer).matches("(?s)200 .*<partial-response.*")
                .doesNotContain("zijn opgeslagen").doesNotContain("have been saved");

        browser.driver().navigate().refresh();
        waitForReport("1–25 van 342");
        browser.driver().findElement(By.id("list:table:name:filter")).sendKeys("Westland");
        waitForReport("1–1 van 1");
        assertThat(browser.text(By.id("list:table_data"))).doesNotContain("Overgenomen");
    }

    /** The test deployment has demo accounts but not the demo data setting (RunCommandDemoIT proves the other side). */
    @Test
    void withoutTheDemoDataSettingNothingOfItIsLoadedAndNoPageShowsTheBand() throws Exception {
        try (java.sql.Connection c = nl.arbeidsmigratie.regie.testing.TestDatabase.connect();
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "select (select count(*) from platform.durable_marker where name = 'demo-data'),"
                             + " (select count(*) from monitoring.location_version where name like '%voorbeeldgegevens%')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            assertThat(rs.getInt(2)).isZero();
        }
        signIn(DEMO_COORDINATOR);
        assertThat(browser.driver().findElements(By.id("demo-band"))).isEmpty();
    }

    @Test
    void aSessionAboutToEndSaysSoAndStaysAndOneThatEndedLeadsBackToItsPageAfterSigningIn() {
        signIn(DEMO_OFFICER);
        browser.open("app/registration/municipalities.xhtml");
        waitForReport("1–25 van 342");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        // the count the page keeps, shortened: two minutes and a second before the end
        page.executeScript("RegieSession.schedule(121)");
        browser.waitForText("session-notice", "Uw sessie verloopt over twee minuten");
        browser.click(By.id("session-stay"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-notice")));
        page.executeScript("RegieSession.schedule(1)");
        browser.waitForText("session-notice", "Uw sessie is verlopen.");
        assertThat(browser.driver().findElement(By.id("session-sign-in")).getAttribute("href"))
                .endsWith("/login.xhtml?ended=1&lang=nl&next=%2Fapp%2Fregistration%2Fmunicipalities.xhtml");

        // ended on the server: the page's next request leads to the sign-in, and that back to the page
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.click(By.cssSelector("#list\\:table .ui-paginator-next"));
        browser.until(ExpectedConditions.urlContains("login.xhtml?ended=1&next="));
        assertThat(browser.driver().getCurrentUrl()).as("in the language the page was read in").contains("lang=nl");
        assertThat(browser.text(By.id("session-ended"))).startsWith("Uw sessie is beëindigd");
        browser.driver().get(browser.driver().getCurrentUrl().replace("lang=nl", "lang=en"));
        assertThat(browser.text(By.id("session-ended"))).startsWith("Your session has ended:");
        browser.driver().findElement(By.id("login:email")).sendKeys(DEMO_OFFICER.email());
        browser.driver().findElement(By.id("login:password")).sendKeys(DEMO_OFFICER.password());
        browser.click(By.id("login:submit"));
        browser.until(ExpectedConditions.urlContains("app/registration/municipalities.xhtml"));
        waitForReport("1–25 van 342");
    }

    private void signIn(DemoAccount account) {
        browser.signIn(account.email(), account.password());
    }

    private void waitForReport(String report) {
        browser.until(ExpectedConditions.textToBe(By.cssSelector("#list\\:table .ui-paginator-current"), report));
    }
}

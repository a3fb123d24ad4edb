package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.Browser;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The packaged WAR on Payara Micro, used through headless Chromium as its users would. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCoordinatorPagesFiltersAndSwitchesToEnglish() {
        signIn(DEMO_COORDINATOR);
        assertThat(text("#role")).isEqualTo("Provinciaal coördinator");

        browser.findElement(By.id("nav-municipalities")).click();
        waitForReport("1–25 van 342");
        assertThat(browser.findElements(By.cssSelector("#list\\:table_data > tr"))).hasSize(25);

        browser.findElement(By.cssSelector("#list\\:table .ui-paginator-next")).click();
        waitForReport("26–50 van 342");

        chooseFilter("regionFilter", "Haaglanden");
        waitForReport("1–9 van 9");
        assertThat(browser.findElements(By.cssSelector("#list\\:table_data > tr"))).hasSize(9);
        assertThat(browser.findElement(By.id("list:table_data")).getText()).contains("Westland", "Delft");

        browser.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Municipalities"));
        assertThat(text("#list\\:table\\:name")).contains("Name");
        assertThat(text("#role")).isEqualTo("Provincial coordinator");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void aCoordinatorKeepsContactPersonsAndBadInputChangesNothing() {
        signIn(DEMO_COORDINATOR);
        browser.get(base + "app/municipalities.xhtml");
        browser.findElement(By.cssSelector("#list\\:table\\:name\\:filter")).sendKeys("Katwijk");
        waitForReport("1–1 van 1");
        browser.findElement(By.id("list:table:0:contacts")).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactsForm:contactName")));
        name.sendKeys("Test Contactpersoon");
        browser.findElement(By.id("contactsForm:email")).sendKeys("geen-adres");
        click(By.id("contactsForm:saveContact"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contactsForm:contactMessages"),
                "Dit is geen geldig e-mailadres."));
        assertThat(browser.findElement(By.id("list:table_data")).getText()).doesNotContain("Test Contactpersoon");

        WebElement email = browser.findElement(By.id("contactsForm:email"));
        email.clear();
        email.sendKeys("wonen@katwijk.example");
        click(By.id("contactsForm:saveContact"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table_data"),
                "Test Contactpersoon · wonen@katwijk.example"));

        click(By.cssSelector("[id$=':removeContact']"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table_data"),
                "Test Contactpersoon")));
    }

    @Test
    void anAuditorVerifiesTheAuditTrail() {
        signIn(DEMO_AUDITOR);
        browser.findElement(By.id("nav-audit")).click();
        browser.findElement(By.id("audit:verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:verification"),
                "De audittrail is intact"));
        assertThat(browser.findElement(By.id("audit:entries_data")).getText()).contains("login.succeeded");
        assertThat(browser.findElements(By.id("nav-accounts"))).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheMessageAndGrantsNoSession() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(DEMO_COORDINATOR.email());
        browser.findElement(By.id("login:password")).sendKeys("not the password");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Onbekend e-mailadres of onjuist wachtwoord."));

        browser.get(base + "app/municipalities.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.findElements(By.id("list:table"))).isEmpty();
    }

    @Test
    void signingInIssuesANewSessionIdAndSigningOutEndsTheSession() {
        browser.get(base + "login.xhtml");
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        signIn(DEMO_COORDINATOR);
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualToIgnoringCase("Lax");

        browser.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(base + "app/home.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void anOfficerSeesNoEditControlAndPostingTheEditAnywayChangesNothing() {
        signIn(DEMO_OFFICER);
        assertThat(text("#topbar\\:municipality")).isEqualTo("Westland");
        browser.get(base + "app/municipalities.xhtml");
        waitForReport("1–25 van 342");
        assertThat(browser.findElements(By.cssSelector("[id$=':edit']"))).isEmpty();
        assertThat(browser.findElements(By.id("editForm"))).isEmpty();
        assertThat(browser.findElements(By.id("contactsForm"))).isEmpty();

        String answer = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const state = document.querySelector("input[name='jakarta.faces.ViewState']").value;
                const form = new URLSearchParams({
                    'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': 'contactsForm:saveContact',
                    'jakarta.faces.partial.execute': '@all', 'jakarta.faces.partial.render': '@all',
                    'contactsForm': 'contactsForm', 'contactsForm:saveContact': 'contactsForm:saveContact',
                    'contactsForm:contactName': 'Overgenomen', 'jakarta.faces.ViewState': state});
                fetch(location.href, {method: 'POST', body: form, headers: {'Faces-Request': 'partial/ajax'}})
                    .then(r => r.text()).then(done, e => done('failed: ' + e));
                """);
        assertThat(answer).doesNotContain("opgeslagen").doesNotContain("saved");

        browser.navigate().refresh();
        waitForReport("1–25 van 342");
        browser.findElement(By.cssSelector("#list\\:table\\:name\\:filter")).sendKeys("Westland");
        waitForReport("1–1 van 1");
        assertThat(browser.findElement(By.id("list:table_data")).getText()).doesNotContain("Overgenomen");
    }

    private void signIn(DemoAccount account) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(account.email());
        browser.findElement(By.id("login:password")).sendKeys(account.password());
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("app/home.xhtml"));
    }

    /** Clicks an element inside a dialog, scrolled to the middle of the window first. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void chooseFilter(String filterId, String label) {
        browser.findElement(By.id("list:table:" + filterId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#list\\:table\\:" + filterId + "_items li[data-label='" + label + "']"))).click();
    }

    private void waitForReport(String report) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#list\\:table .ui-paginator-current"), report));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }
}

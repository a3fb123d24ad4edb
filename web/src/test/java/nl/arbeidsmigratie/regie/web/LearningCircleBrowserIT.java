package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.Browser;
import nl.arbeidsmigratie.regie.testing.Deployments;
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
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The learning circle used through headless Chromium: defining editions, enrolling, deciding, closing. */
@ExtendWith(ArquillianExtension.class)
class LearningCircleBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String BOTTLENECKS = "In de kassen werken duizenden arbeidsmigranten, maar we weten niet "
            + "waar ze wonen. Op twee vakantieparken wonen mensen permanent en de raad wil eerst draagvlak.";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private String run;

    @BeforeEach
    void openBrowser() {
        browser = Browser.reuseOrStart();
        wait = Browser.waitOn(browser);
        wait.ignoring(StaleElementReferenceException.class);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void closeBrowserAndRemoveEditions() throws Exception {
        Browser.release(browser, base);
        try (Connection db = TestDatabase.connect()) {
            for (String sql : new String[] {
                    "delete from registration.enrolment where edition_id in (select id from registration.edition "
                            + "where title like ?)",
                    "delete from registration.edition where title like ?"}) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setString(1, "%" + run + "%");
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void anOfficerEnrolsWestlandWhileOpenAndTheCoordinatorConfirmsIt() {
        signIn(DEMO_COORDINATOR);
        String edition = defineEdition(today().minusDays(1), today().plusDays(30), 5);

        signOut();
        signIn(DEMO_OFFICER);
        browser.get(base + "circle.xhtml?edition=" + edition);
        assertThat(text("#edition-state")).isEqualTo("Aanmelding open");
        assertThat(text("#enrol\\:municipalityName")).isEqualTo("Westland");
        submitEnrolment();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrol:messages"),
                "Kies de beleidsfase van uw gemeente."));
        assertThat(text("#enrol\\:messages")).as("every missing answer at once").contains(
                "Kies minstens één leerdoel.", "Beschrijf de knelpunten",
                "Bevestig dat uw gemeente haar eigen knelpunten inbrengt");
        fillEnrolment(contact("westland"));
        submitEnrolment();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrol:messages"),
                "Bevestig dat uw gemeente haar eigen knelpunten inbrengt"));

        browser.findElement(By.cssSelector("#enrol\\:committed .ui-chkbox-box")).click();
        submitEnrolment();
        wait.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
        assertThat(text("#list\\:messages")).contains("De aanmelding van Westland is ontvangen.");
        assertThat(text("#list\\:table_data")).contains("Westland").contains("Wacht op bevestiging");
        assertThat(TestMailServer.awaitMail(contact("westland"), "Aanmelding ontvangen", Duration.ofSeconds(30)))
                .contains("Westland");

        signOut();
        signIn(DEMO_COORDINATOR);
        browser.get(base + "app/registration/enrolments.xhtml?edition=" + edition);
        assertThat(text("#list\\:table_data")).contains("Westland").contains("Wacht op bevestiging");
        browser.findElement(By.cssSelector("#list\\:table_data [id$=':confirm']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table_data"), "Bevestigd"));
        assertThat(text("#list\\:messages")).contains("De aanmelding van Westland is bevestigd.");
        assertThat(TestMailServer.awaitMail(contact("westland"), "Aanmelding bevestigd", Duration.ofSeconds(30)))
                .contains("bevestigd");

        // as a proxy that ends HTTPS sends it: contact persons' addresses are kept by no cache on the way
        String answer = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = new FormData(document.getElementById('list'));
                form.append('list:export', 'list:export');
                fetch(location.href, {method: 'POST', body: new URLSearchParams(form),
                        headers: {'X-Forwarded-Proto': 'https'}})
                    .then(r => r.text().then(t => r.headers.get('Cache-Control') + '\\n' + t))
                    .then(done, e => done('failed: ' + e));
                """);
        assertThat(answer).startsWith("no-store\n");
        String csv = answer.substring(answer.indexOf('\n') + 1);
        assertThat(csv).startsWith("Leerkring;Gemeentecode;Gemeente;Status")
                .contains("GM1783;Westland;Bevestigd").contains(contact("westland"))
                .as("moments in Dutch time as the page shows them")
                .containsPattern(";\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2};");
    }

    @Test
    void anEditionThatDoesNotExistIsSaidNotToExistNotSwappedForTheCurrent() throws Exception {
        for (String edition : new String[] {"987654321", "abc", "-1"}) {
            java.net.http.HttpResponse<String> page = Http.get(java.net.URI.create(base + "circle.xhtml?edition="
                    + edition));
            assertThat(page.statusCode()).as(edition).isEqualTo(404);
            assertThat(page.body()).as(edition).contains("Deze leerkring bestaat niet").doesNotContain("id=\"enrol\"");
        }
    }

    @Test
    void aSecondMunicipalityLandsOnTheWaitingListWhenTheCapacityIsOne() {
        signIn(DEMO_COORDINATOR);
        String edition = defineEdition(today().minusDays(1), today().plusDays(30), 1);

        signOut();
        signIn(DEMO_OFFICER);
        browser.get(base + "circle.xhtml?edition=" + edition);
        fillEnrolment(contact("westland"));
        browser.findElement(By.cssSelector("#enrol\\:committed .ui-chkbox-box")).click();
        submitEnrolment();
        wait.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));

        signOut();
        signIn(DEMO_COORDINATOR);
        browser.get(base + "circle.xhtml?edition=" + edition);
        assertThat(text("#edition-state")).isEqualTo("Vol: nieuwe aanmeldingen komen op de wachtlijst");
        assertThat(text("#full")).contains("wachtlijst");
        browser.findElement(By.id("enrol:municipalityCode")).click();
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("enrol:municipalityCode_filter")));
        filter.sendKeys("Delft");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#enrol\\:municipalityCode_items li[data-label='Delft']"))).click();
        WebElement name = browser.findElement(By.id("enrol:contactName"));
        name.sendKeys("Beleidsmedewerker Delft");
        fillEnrolment(contact("delft"));
        browser.findElement(By.cssSelector("#enrol\\:committed .ui-chkbox-box")).click();
        submitEnrolment();
        wait.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
        assertThat(text("#list\\:messages")).contains("Alle plaatsen zijn bezet: Delft staat op plaats 1 van de wachtlijst.");
        assertThat(text("#list\\:table_data")).contains("Westland").contains("Delft").contains("Wachtlijst (plaats 1)");
        assertThat(TestMailServer.awaitMail(contact("delft"), "Op de wachtlijst", Duration.ofSeconds(30)))
                .contains("plaats 1");
    }

    @Test
    void afterTheClosingDateThePublicPageShowsTheClosedMessageAndNoForm() throws Exception {
        signIn(DEMO_COORDINATOR);
        String edition = defineEdition(today().minusDays(1), today().plusDays(30), 5);

        signOut();
        browser.get(base + "circle.xhtml?edition=" + edition);
        assertThat(text("#edition-state")).isEqualTo("Aanmelding open");
        assertThat(browser.findElements(By.id("sign-in-link"))).hasSize(1);
        assertThat(browser.findElement(By.id("sign-in-link")).getAttribute("href")).as("back here once signed in")
                .endsWith("login.xhtml?next=%2Fcircle.xhtml%3Fedition%3D" + edition);
        assertThat(browser.findElements(By.id("enrol"))).isEmpty();
        assertThat(text("#goals")).contains("vakantieparken").contains("short stay naar long stay");
        assertThat(text("#meetings-none")).isEqualTo("Er zijn nog geen bijeenkomsten gepland.");

        // the closing date has passed: moved back in the database, as the days would move it
        try (Connection db = TestDatabase.connect(); PreparedStatement close = db.prepareStatement(
                "update registration.edition set opens_on = ?, closes_on = ? where id = ?")) {
            close.setObject(1, today().minusDays(20));
            close.setObject(2, today().minusDays(1));
            close.setLong(3, Long.parseLong(edition));
            assertThat(close.executeUpdate()).isEqualTo(1);
        }

        browser.get(base + "circle.xhtml?edition=" + edition);
        assertThat(text("#closed")).isEqualTo("De aanmelding voor de leerkring is gesloten");
        assertThat(text("#edition-state")).isEqualTo("Aanmelding gesloten");
        assertThat(browser.findElements(By.id("enrol"))).isEmpty();
        assertThat(browser.findElements(By.id("sign-in-link"))).isEmpty();

        signIn(DEMO_OFFICER);
        browser.get(base + "circle.xhtml?edition=" + edition);
        assertThat(text("#closed")).isEqualTo("De aanmelding voor de leerkring is gesloten");
        assertThat(browser.findElements(By.id("enrol"))).isEmpty();
    }

    /** Defines an edition on the coordinator's page and returns its id. */
    @Test
    void theLanguageSwitchOfAPageWhoseSessionEndedKeepsTheEditionShown() {
        signIn(DEMO_COORDINATOR);
        String edition = defineEdition(today().minusDays(1), today().plusDays(30), 5);
        signOut();
        browser.get(base + "circle.xhtml?edition=" + edition);
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.urlContains("circle.xhtml?edition=" + edition));
        assertThat(text("#edition-state")).isNotEmpty();
    }

    private String defineEdition(LocalDate opensOn, LocalDate closesOn, int capacity) {
        browser.get(base + "app/registration/editions.xhtml");
        browser.findElement(By.id("list:new")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:title")));
        title.sendKeys("Leerkring huisvesting arbeidsmigranten " + run);
        browser.findElement(By.id("editForm:description")).sendKeys("Vier bijeenkomsten over huisvesting.");
        browser.findElement(By.id("editForm:targetGroup")).sendKeys("Gemeenten in de beleidsvormende fase");
        type(By.id("editForm:capacity_input"), String.valueOf(capacity));
        saveDates(opensOn, closesOn);
        WebElement publicLink = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='list:table_data']/tr[contains(., '" + run + "')]//a[contains(@id, ':public')]")));
        String href = publicLink.getAttribute("href");
        return href.substring(href.indexOf("edition=") + "edition=".length());
    }

    private void saveDates(LocalDate opensOn, LocalDate closesOn) {
        typeDate(By.id("editForm:opensOn_input"), opensOn);
        typeDate(By.id("editForm:closesOn_input"), closesOn);
        browser.findElement(By.id("editForm:save")).click();
        Browser.waitOn(browser)
                .withMessage(() -> "the dialog stayed open: " + text("#editForm\\:editMessages"))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    }

    /** Types a date as a keyboard user would; the calendar opens only from its button. */
    private void typeDate(By field, LocalDate date) {
        type(field, PICKER.format(date));
        assertThat(browser.findElement(field).getAttribute("value")).isEqualTo(PICKER.format(date));
    }

    private void fillEnrolment(String email) {
        type(By.id("enrol:contactEmail"), email);
        browser.findElement(By.cssSelector("label[for='enrol:policyPhase:1']")).click();
        browser.findElement(By.cssSelector("label[for='enrol:learningGoals:0']")).click();
        browser.findElement(By.cssSelector("label[for='enrol:learningGoals:1']")).click();
        type(By.id("enrol:bottlenecks"), BOTTLENECKS);
    }

    private void submitEnrolment() {
        WebElement submit = browser.findElement(By.id("enrol:submit"));
        submit.click();
        // Chromium reports a node removed by the page's update either as stale or as no longer in the document.
        wait.until(driver -> {
            try {
                submit.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException gone) {
                if (String.valueOf(gone.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw gone;
            }
        });
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        // A date picker that has just taken focus may swallow the first selection; repeat until the field is empty.
        wait.until(driver -> {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            return input.getAttribute("value").isEmpty();
        });
        input.sendKeys(text);
    }

    private String contact(String municipality) {
        return municipality + "-" + run + "@browser.example";
    }

    private void signIn(DemoAccount account) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(account.email());
        browser.findElement(By.id("login:password")).sendKeys(account.password());
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("app/home.xhtml"));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}

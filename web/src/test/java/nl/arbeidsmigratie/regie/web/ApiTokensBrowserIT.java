package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Personal API tokens as people use them: made on the profile page and shown once, used by a REST client,
 * revoked by their owner or by a coordinator; and a signed-in browser's session cookie opening nothing under
 * {@code /api}, not even from another site.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensBrowserIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPersonMakesATokenSeesItOnceCallsTheApiWithItAndRevokesIt() throws Exception {
        String name = "Rapportage " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/registration/profile.xhtml");
            officer.type("tokens:name", name);
            officer.type("tokens:expiresOn_input", LocalDate.now(NL).plusYears(2).format(DAY));
            officer.click(By.id("tokens:create"));
            officer.waitForText("tokens", "kies een datum van");
            assertThat(officer.text(By.id("tokens"))).as("the dates allowed, not a generic validation error")
                    .containsPattern("Geldig tot en met: kies een datum van \\d{2}-\\d{2}-\\d{4} tot en met "
                            + "\\d{2}-\\d{2}-\\d{4}\\.")
                    .doesNotContain("Validatiefout");
            String secret = createToken(officer, name);
            assertThat(secret).matches("regie_[A-Za-z0-9_-]{43}");
            assertThat(officer.text(By.id("tokens:issued"))).contains("Kopieer het token nu");
            // a screen reader is told too, and the focus is on the button that copies it, not past it
            officer.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                    .contains("Kopieer het token nu"));
            assertThat(officer.driver().findElement(By.id("tokens:copySecret")).getText()).isEqualTo("Kopieer het token");
            officer.until(d -> "tokens:copySecret".equals(d.switchTo().activeElement().getAttribute("id")));

            officer.driver().navigate().refresh();
            officer.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:list")));
            assertThat(officer.driver().findElements(By.id("tokens:secret"))).isEmpty();
            assertThat(officer.driver().getPageSource()).doesNotContain(secret);
            assertThat(officer.text(row("tokens:list", name))).contains("Actief").contains("nooit")
                    .as("valid through the day chosen, 90 days from today by default")
                    .contains(LocalDate.now(NL).plusDays(90).format(DAY));

            HttpResponse<String> municipalities = Http.getWithToken(municipalities(), secret);
            assertThat(municipalities.statusCode()).isEqualTo(200);
            assertThat(municipalities.body()).contains("\"total\":342");

            officer.driver().navigate().refresh();
            assertThat(officer.text(row("tokens:list", name))).as("last use shown").contains("Actief")
                    .doesNotContain("nooit");

            revoke(officer, "tokens:list", name);
            HttpResponse<String> refused = Http.getWithToken(municipalities(), secret);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).doesNotContain("GM1783");
            assertThat(refused.body()).isEqualTo(Http.getWithToken(municipalities(), "regie_" + "A".repeat(43)).body());
        }
    }

    @Test
    void aCoordinatorRevokesAnOfficersTokenWhichOfficersCannotSeeOnTheTokensPage() throws Exception {
        String name = "Koppeling " + UUID.randomUUID().toString().substring(0, 8);
        String secret;
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            secret = createToken(officer, name);
            assertThat(officer.driver().findElements(By.id("nav-tokens"))).isEmpty();
            officer.open("app/registration/tokens.xhtml");
            officer.waitForText("refused", "U mag dit niet doen.");
            assertThat(officer.driver().findElements(By.id("all:table"))).isEmpty();
        }
        assertThat(Http.getWithToken(municipalities(), secret).statusCode()).isEqualTo(200);

        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.click(By.id("nav-tokens"));
            assertThat(coordinator.text(row("all:table", name))).contains(DEMO_OFFICER.email()).contains("Actief");
            revoke(coordinator, "all:table", name);
        }
        assertThat(Http.getWithToken(municipalities(), secret).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionCookieAloneOpensNothingUnderApiNotEvenACrossSiteImport() throws Exception {
        String source = "Overgenomen " + UUID.randomUUID();
        String csv = "municipality_code,reference_date,registered_brp,source,definition\n"
                + "GM1783,2025-07-01,3," + source + ",LIVING_IN\n";
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            String cookie = "JSESSIONID=" + officer.driver().manage().getCookieNamed("JSESSIONID").getValue();

            HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "app/home.xhtml"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("the cookie is a live session for pages").isEqualTo(200);
            assertThat(page.body()).contains("topbar:logout");

            HttpResponse<String> read = CLIENT.send(HttpRequest.newBuilder(municipalities()).header("Cookie", cookie)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(401);
            assertThat(read.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));

            HttpResponse<String> forged = CLIENT.send(HttpRequest.newBuilder(URI.create(base
                            + "api/v1/imports/counts?name=evil.csv"))
                    .header("Cookie", cookie).header("Origin", "http://evil.example")
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(csv))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(401);
        }

        HttpResponse<String> plain = Http.post(URI.create(base + "api/v1/imports/counts?name=plain.csv"),
                DEMO_OFFICER.email(), "text/plain", csv);
        assertThat(plain.statusCode()).as("a token does not make text/plain an import either").isEqualTo(415);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(plain.body()).contains("\"status\":415");
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "select count(*) from monitoring.municipal_count where source = ?")) {
            query.setString(1, source);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    /** Creates a token on the profile page and answers its secret, as the page shows it that once. */
    private static String createToken(BrowserSession browser, String name) {
        browser.open("app/registration/profile.xhtml");
        browser.type("tokens:name", name);
        browser.click(By.id("tokens:create"));
        String secret = browser.text(By.id("tokens:secret"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:list_data"), name));
        return secret;
    }

    private static void revoke(BrowserSession browser, String table, String name) {
        browser.click(By.xpath(rowXpath(table, name) + "//button[contains(@id, ':revoke')]"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(row(table, name), "Ingetrokken door "));
        assertThat(browser.driver().findElements(By.xpath(rowXpath(table, name) + "//button"))).isEmpty();
    }

    private static By row(String table, String name) {
        return By.xpath(rowXpath(table, name));
    }

    private static String rowXpath(String table, String name) {
        return "//tbody[@id='" + table + "_data']/tr[contains(., '" + name + "')]";
    }

    private URI municipalities() {
        return URI.create(base + "api/v1/municipalities?size=1");
    }
}

package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer of another municipality (Delft) tries to see Westland's enrolment through every endpoint of the
 * REST API, as the OpenAPI document lists them, and through the pages.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationSecurityIT {

    private static final String DELFT_OFFICER = "officer.delft@security.example";

    /** Endpoints only a coordinator may read; everyone else gets 403. */
    private static final Set<String> COORDINATOR_ONLY = Set.of("/api/v1/editions/{id}/enrolments");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String secret;
    private long edition;

    @BeforeEach
    void westlandEnrolsAndDelftHasAnOfficer() throws SQLException {
        secret = "knelpunt-westland-" + UUID.randomUUID();
        TestData.delftOfficer(DELFT_OFFICER);
        edition = TestData.editionWithWestlandEnrolment("Leerkring beveiligingstest", secret + "@westland.example",
                secret);
    }

    @AfterEach
    void removeThem() throws SQLException {
        TestData.removeEdition(edition);
    }

    @Test
    void noEndpointShowsWestlandsEnrolmentToAnOfficerOfDelft() throws Exception {
        List<String> paths = Http.apiPaths(base);
        assertThat(paths).contains("/api/v1/municipalities", "/api/v1/editions", "/api/v1/editions/{id}",
                "/api/v1/editions/{id}/enrolments", "/api/v1/enrolments/own");

        for (String path : paths) {
            URI uri = URI.create(base + path.substring(1).replace("{id}", String.valueOf(edition))
                    .replace("{code}", "GM1783").replaceAll("\\{[^}]+}", "1"));
            HttpResponse<String> response = Http.get(uri, DELFT_OFFICER);
            assertThat(response.statusCode()).as(path).isNotEqualTo(500).isNotEqualTo(401);
            assertThat(response.body()).as(path + " leaks Westland's enrolment").doesNotContain(secret);
            if (COORDINATOR_ONLY.contains(path)) {
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.body()).contains("\"status\":403");
            }
        }
    }

    @Test
    void theOwnersOfTheEnrolmentDoSeeIt() throws Exception {
        URI own = URI.create(base + "api/v1/enrolments/own");
        assertThat(Http.get(own, DEMO_OFFICER).body()).contains(secret);
        assertThat(Http.get(own, DELFT_OFFICER).body()).isEqualTo("[]");
        assertThat(Http.get(own, DEMO_COORDINATOR).statusCode()).isEqualTo(403);

        URI enrolments = URI.create(base + "api/v1/editions/" + edition + "/enrolments?status=SUBMITTED");
        HttpResponse<String> all = Http.get(enrolments, DEMO_COORDINATOR);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains(secret).contains("\"municipalityCode\":\"GM1783\"");
        assertThat(Http.get(URI.create(base + "api/v1/editions/" + edition + "/enrolments?status=NONSENSE"),
                DEMO_COORDINATOR).statusCode()).isEqualTo(400);
        assertThat(Http.get(URI.create(base + "api/v1/editions/0"), DEMO_OFFICER).statusCode()).isEqualTo(404);
    }

    @Test
    void thePagesShowAnOfficerOfDelftNothingOfWestlandsEnrolment() {
        WebDriver browser = Browser.reuseOrStart();
        try {
            WebDriverWait wait = Browser.waitOn(browser);
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("login:email")).sendKeys(DELFT_OFFICER);
            browser.findElement(By.id("login:password")).sendKeys(DEMO_OFFICER.password());
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.urlContains("app/home.xhtml"));

            for (String page : List.of("app/registration/enrolments.xhtml", "app/registration/enrolments.xhtml?edition=" + edition,
                    "circle.xhtml?edition=" + edition)) {
                browser.get(base + page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
                assertThat(browser.getPageSource()).as(page).doesNotContain(secret);
            }
            assertThat(browser.findElement(By.id("enrol:municipalityName")).getText()).isEqualTo("Delft");

            browser.get(base + "app/registration/editions.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
            assertThat(browser.findElements(By.id("editForm"))).isEmpty();
        } finally {
            Browser.release(browser, base);
        }
    }
}

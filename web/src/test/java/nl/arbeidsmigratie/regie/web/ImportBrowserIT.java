package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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

/**
 * Import and export through the browser and the API: a file with one bad line is refused with the line named, and
 * nothing is stored; a good file is imported once.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficerImportingAFileWithOneBadLineSeesTheLineAndNothingIsStored() throws Exception {
        String source = "Browsertest " + UUID.randomUUID();
        Path file = Files.createTempFile("tellingen", ".csv");
        Files.writeString(file, "gemeentecode;peildatum;ingeschreven_brp;bron;definitie\n"
                + "GM1783;2020-01-01;100;" + source + ";wonend\n"
                + "GM1783;2020-02-01;veel;" + source + ";wonend\n"
                + "GM1783;2020-03-01;120;" + source + ";wonend\n");
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.click(By.id("nav-import"));
            officer.choose("importForm:kind", "Tellingen");
            officer.driver().findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            officer.click(By.id("importForm:upload"));
            officer.waitForText("progressForm:problems_data", "Dit is geen geldig getal.");
            assertThat(officer.text(By.id("progressForm:problems_data"))).contains("3").contains("ingeschreven_brp");
            assertThat(officer.text(By.id("progressForm:refused"))).contains("niets opgeslagen");
        } finally {
            Files.deleteIfExists(file);
        }
        try (Connection c = TestDatabase.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from monitoring.municipal_count where source = '" + source + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void theApiImportsOnceRefusesWithTheLineReportAndExportsCsv() throws Exception {
        String source = "API " + UUID.randomUUID();
        String good = "municipality_code,reference_date,registered_brp,source,definition\n"
                + "GM1783,2019-01-01,300," + source + ",LIVING_IN\n";
        HttpResponse<String> imported = post("imports/counts?name=api.csv", good);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"added\":1").contains("\"alreadyImported\":false");
        assertThat(post("imports/counts?name=api.csv", good).body()).contains("\"alreadyImported\":true");

        HttpResponse<String> refused = post("imports/counts", good + "GM1783,2019-02-01,-1," + source + ",LIVING_IN\n");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"line\":3").contains("error.count.negative");
        assertThat(post("imports/people", good).statusCode()).isEqualTo(400);

        HttpResponse<String> export = Http.get(URI.create(base + "api/v1/exports/counts?municipality=GM1783"), DEMO_OFFICER);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("municipality_code,reference_date").contains(source);
        assertThat(Http.get(URI.create(base + "api/v1/exports/counts?municipality=GM0503"), DEMO_OFFICER).statusCode())
                .isEqualTo(403);
        assertThat(Http.get(URI.create(base.toString()).resolve("/openapi")).body())
                .contains("/api/v1/imports/{kind}").contains("/api/v1/exports/{kind}");
    }

    private HttpResponse<String> post(String path, String csv) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

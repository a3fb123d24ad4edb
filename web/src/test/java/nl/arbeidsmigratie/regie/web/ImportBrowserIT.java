package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/** Import through the browser: a file with one bad line is refused with the line named, and nothing is stored. */
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
}

package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Counts with provenance through the browser: an officer records and corrects, an auditor reads the history. */
@ExtendWith(ArquillianExtension.class)
class CountsBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficerRecordsAndCorrectsACountAndAnAuditorSeesBothVersions() {
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/counts.xhtml");
            assertThat(officer.text(By.id("counts:shownMunicipality"))).isEqualTo("Westland");

            officer.click(By.id("counts:new"));
            officer.type("countForm:referenceDate_input", "2020-07-01");
            officer.type("countForm:brp_input", "4500");
            officer.type("countForm:estimateMin_input", "6000");
            officer.type("countForm:estimateMax_input", "9000");
            officer.click(By.id("countForm:save"));
            officer.waitForText("countForm:formMessages", "Vermeld de bron van de telling.");
            assertThat(officer.text(By.id("counts:table_data"))).doesNotContain("4500");

            officer.type("countForm:source", "Omroep West (voorbeeldgegevens)");
            officer.click(By.id("countForm:save"));
            officer.waitForText("counts:table_data", "Omroep West");
            assertThat(officer.text(By.id("counts:table_data"))).contains("50%").contains("75%");

            officer.click(By.cssSelector("[id$=':correct']"));
            officer.type("countForm:brp_input", "4800");
            officer.type("countForm:reason", "BRP-telling herzien");
            officer.click(By.id("countForm:save"));
            officer.waitForText("counts:table_data", "4800");
        }
        try (BrowserSession auditor = new BrowserSession(base)) {
            auditor.signIn(DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
            auditor.open("app/counts.xhtml");
            assertThat(auditor.driver().findElements(By.id("counts:new"))).isEmpty();
            auditor.click(By.cssSelector("[id$=':history']"));
            auditor.waitForText("historyForm:versions_data", "BRP-telling herzien");
            assertThat(auditor.text(By.id("historyForm:versions_data")))
                    .contains("4500").contains("4800").contains(DEMO_OFFICER.email());
        }
    }
}

package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signals and the worklist through the browser: an officer records a forgotten place, is told about a bad
 * postcode, takes the signal in hand and finds it on the worklist; an auditor only reads.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionsBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficerRecordsASignalOnAnAddressTakesItInHandAndFindsItOnTheWorklist() {
        String place = "Kassen " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.click(By.id("nav-inspections"));
            assertThat(officer.text(By.id("inspections:shownMunicipality"))).isEqualTo("Westland");

            officer.click(By.id("inspections:newInspection"));
            officer.type("inspectionForm:inspector", "Team handhaving");
            officer.click(By.id("inspectionForm:save"));
            officer.waitForText("inspectionForm:formMessages", "Kies een bestaande locatie.");

            officer.open("app/monitoring/inspections.xhtml");
            officer.click(By.id("inspections:newSignal"));
            officer.type("signalForm:signalledOn_input", LocalDate.now(DutchTime.ZONE).minusDays(1).toString());
            officer.type("signalForm:place", place);
            officer.type("signalForm:postcode", "12345");
            officer.type("signalForm:source", "Melding buurtbewoner (voorbeeldgegevens)");
            officer.type("signalForm:text", "Tenten achter de kassen");
            officer.click(By.id("signalForm:save"));
            officer.waitForText("signalForm:formMessages", "vier cijfers en twee letters");
            assertThat(officer.text(By.id("inspections:signalTable_data"))).doesNotContain(place);

            officer.type("signalForm:postcode", "2671ab");
            officer.click(By.id("signalForm:save"));
            officer.waitForText("inspections:signalTable_data", place);
            assertThat(officer.text(By.id("inspections:signalTable_data"))).contains("2671 AB");

            officer.click(By.xpath("//tr[contains(., '" + place + "')]//button[contains(@id, ':change')]"));
            officer.choose("changeForm:status", "In behandeling");
            officer.type("changeForm:reason", "Toezicht ingepland");
            officer.click(By.id("changeForm:save"));
            officer.waitForText("inspections:messages", "Het signaal is bijgewerkt");
            assertThat(officer.text(By.xpath("//tbody[@id='inspections:signalTable_data']/tr[contains(., '" + place + "')]")))
                    .contains("In behandeling");

            officer.click(By.id("nav-worklist"));
            officer.waitForText("worklist:table_data", place);
            assertThat(officer.text(By.xpath("//tbody[@id='worklist:table_data']/tr[contains(., '" + place + "')]")))
                    .contains("Signaal zonder locatie").contains("Westland");
        }
        try (BrowserSession auditor = new BrowserSession(base)) {
            auditor.signIn(DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
            auditor.open("app/monitoring/worklist.xhtml");
            assertThat(auditor.text(By.id("worklist:shown"))).isEqualTo("Hele provincie");
            auditor.waitForText("worklist:table_data", place);

            auditor.open("app/monitoring/inspections.xhtml");
            assertThat(auditor.driver().findElements(By.id("inspections:newSignal"))).isEmpty();
            auditor.click(By.xpath("//tr[contains(., '" + place + "')]//button[contains(@id, ':history')]"));
            auditor.waitForText("historyForm:versions_data", "Toezicht ingepland");
            assertThat(auditor.text(By.id("historyForm:versions_data"))).contains("Open").contains(DEMO_OFFICER.displayName());
        }
    }

    @Test
    void anOfficerRecordsAnInspectionOfALocationAndSeesItWithItsNormCheck() throws Exception {
        String name = "Pension Inspectie " + UUID.randomUUID().toString().substring(0, 8);
        String inspector = "Toezichthouder " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/locations"), DEMO_OFFICER.email(),
                "{\"municipalityCode\":\"GM1783\",\"name\":\"" + name + "\","
                        + "\"address\":{\"street\":\"Teststraat\",\"houseNumber\":\"2\",\"postcode\":\"2671 AB\","
                        + "\"place\":\"Naaldwijk\"},\"housingForm\":\"HOUSING_UNITS\",\"status\":\"ACTIVE\","
                        + "\"facilities\":{\"beds\":4,\"floorArea\":60,\"bedrooms\":2,\"toilets\":1,\"showers\":1}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // occupied, and its bedroom area never measured: the check cannot say all norms are met
        Object location = Json.at(Json.parse(created.body()), "locationId");
        assertThat(Http.postJson(URI.create(base + "api/v1/locations/" + location + "/occupancy"), DEMO_OFFICER.email(),
                "{\"referenceDate\":\"" + LocalDate.now(DutchTime.ZONE).minusDays(10) + "\",\"persons\":2}")
                .statusCode()).isEqualTo(201);
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/inspections.xhtml");
            officer.click(By.id("inspections:newInspection"));
            officer.choose("inspectionForm:location", name);
            officer.type("inspectionForm:inspectedOn_input", LocalDate.now(DutchTime.ZONE).minusDays(2).toString());
            officer.type("inspectionForm:inspector", inspector);
            officer.type("inspectionForm:findings", "Brandblussers aanwezig (voorbeeldgegevens)");
            officer.click(By.id("inspectionForm:save"));
            officer.waitForText("inspections:inspectionTable_data", inspector);
            String row = officer.text(By.xpath(
                    "//tbody[@id='inspections:inspectionTable_data']/tr[contains(., '" + inspector + "')]"));
            assertThat(row).contains(name).contains(DutchDates.format(LocalDate.now(DutchTime.ZONE).minusDays(2)))
                    .contains("Brandblussers aanwezig").contains(DEMO_OFFICER.displayName())
                    .contains("Geen overtredingen van de SNF-normen die te toetsen waren, bij 2 personen")
                    .contains("Niet te toetsen, gegevens ontbreken");
        }
    }
}

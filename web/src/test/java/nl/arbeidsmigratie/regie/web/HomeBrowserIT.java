package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each role's home page lists the work the test set up, and its links lead to where that work is done. */
@ExtendWith(ArquillianExtension.class)
class HomeBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficerSeesAForgottenPlaceAndAQualityMarkLapsingAndGoesToTheLocations() throws Exception {
        String park = "Vakantiepark " + UUID.randomUUID();
        String pension = "Pension " + UUID.randomUUID();
        TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", park)
                .replace("HOUSING_UNITS", "HOLIDAY_PARK"), "locationId");
        TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", pension)
                .replace("\"facilities\"", "\"certification\":{\"mark\":\"SNF\",\"certificateNumber\":\"SNF-7\","
                        + "\"validUntil\":\"" + TODAY.plusDays(45) + "\"},\"facilities\""), "locationId");
        String draft = "Visie in wording " + UUID.randomUUID();
        long document = TestData.westlandStrategyDocument(base, draft, false);

        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            assertThat(officer.text(By.id("home-worklist"))).contains("Vakantiepark of informele plek: " + park);
            assertThat(officer.text(By.id("home-expiring"))).contains(pension + " · SNF")
                    .contains("verloopt op " + DutchDates.format(TODAY.plusDays(45)));
            assertThat(officer.text(By.id("home-count"))).contains("telling");
            assertThat(officer.text(By.id("home-signals"))).contains("Open signalen");
            assertThat(officer.text(By.id("home-circle"))).contains("Leerkring");
            assertThat(officer.text(By.id("home-strategy"))).contains(draft + " (Westland): Concept");
            assertThat(officer.driver().findElement(By.xpath("//section[@id='home-strategy']//a[contains(., '" + draft
                    + "')]")).getAttribute("href")).endsWith("/app/strategy/document.xhtml?id=" + document);

            officer.click(By.xpath("//section[@id='home-expiring']//a[contains(., '" + pension + "')]"));
            officer.until(ExpectedConditions.urlContains("app/monitoring/locations.xhtml"));
            officer.waitForText("locations:table", pension);
        }
    }

    @Test
    void aCoordinatorSeesTheProvinceAndAnImportAndOpensAMunicipalityWithoutACount() throws Exception {
        String file = "telling-alblasserdam-" + UUID.randomUUID() + ".csv";
        LocalDate referenceDate = TODAY.minusDays(1);
        HttpResponse<String> imported = Http.post(URI.create(base + "api/v1/imports/counts?name=" + file),
                DEMO_COORDINATOR.email(), "text/csv", "gemeentecode;peildatum;schatting_min;schatting_max;bron;definitie\n"
                        + "GM0482;" + referenceDate + ";100;300;Gemeente Alblasserdam (voorbeeldgegevens) " + file
                        + ";wonend\n" + "GM0513;" + TODAY.minusYears(2) + ";200;400;Gemeente Gouda " + file
                        + ";wonend\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        String inReview = "Ter review " + UUID.randomUUID();
        long document = TestData.westlandStrategyDocument(base, inReview, true);

        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            assertThat(coordinator.text(By.id("home-figures"))).contains("Provincie Zuid-Holland op peildatum")
                    .contains("Geschat aantal arbeidsmigranten").contains("Tekort aan bedden");
            // Albrandswaard has no count: the total says whose estimate and beds it sets against each other
            assertThat(coordinator.text(By.id("home-estimate"))).containsPattern(
                    "\\(schatting van \\d+ van \\d+ gemeenten\\)");
            // the estimate says it rests partly on estimates older than a year (Gouda's), not on municipalities
            // without any, nor on old counts without an estimate
            assertThat(coordinator.text(By.id("home-estimate-age"))).matches("Let op: (de schatting van een gemeente "
                    + "is|de schattingen van \\d+ gemeenten zijn) ouder dan een jaar\\.");
            assertThat(coordinator.text(By.id("home-gap"))).containsPattern("\\(tegen de bedden van de (ene gemeente|\\d+ "
                    + "gemeenten) met een schatting\\)");
            String withoutCount = coordinator.text(By.id("home-without-count"));
            assertThat(withoutCount).contains("Albrandswaard").doesNotContain("Alblasserdam");
            assertThat(coordinator.text(By.id("home-imports"))).contains(file)
                    .contains("tellingen").contains("door " + DEMO_COORDINATOR.displayName() + ": 2 toegevoegd");
            assertThat(coordinator.text(By.id("home-enrolments"))).contains("Aanmeldingen voor de leerkring");
            assertThat(coordinator.text(By.id("home-newsletter"))).contains("nieuwsbrief");
            assertThat(coordinator.text(By.id("home-strategy"))).contains(inReview + " (Westland): Ter beoordeling");
            assertThat(coordinator.driver().findElement(By.xpath("//section[@id='home-strategy']//a[contains(., '"
                    + inReview + "')]")).getAttribute("href")).endsWith("/app/strategy/document.xhtml?id=" + document);

            coordinator.click(By.linkText("Albrandswaard"));
            coordinator.until(ExpectedConditions.urlContains("app/monitoring/counts.xhtml?municipality=GM0613"));
            assertThat(coordinator.text(By.id("counts:shownMunicipality"))).isEqualTo("Albrandswaard");
        }
    }

    @Test
    void aMunicipalitysOverviewGathersItsFiguresDocumentsAndEnrolmentAndAnOfficerOpensOnlyTheirOwn() throws Exception {
        String source = "Overzichtstelling " + UUID.randomUUID();
        HttpResponse<String> counted = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_COORDINATOR.email(),
                TestData.countJson("GM1884", source).replace("2025-05-01", TODAY.toString())
                        .replace("\"registeredBrp\":7", "\"registeredBrp\":7,\"estimateMin\":1200,\"estimateMax\":1500"));
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);
        String contact = "Contact " + UUID.randomUUID();
        try (java.sql.Connection db = nl.arbeidsmigratie.regie.testing.TestDatabase.connect()) {
            TestData.update(db, "insert into registration.contact (municipality_code, name, function, policy_field, "
                    + "email, phone, version) values ('GM1884', ?, 'Beleid', 'HOUSING', 'beleid@kaag.example', "
                    + "'071 000000', 0)", contact);
        }
        String title = "Overzicht " + UUID.randomUUID();
        long document = TestData.westlandStrategyDocument(base, title, true);

        PageClient coordinator = PageClient.signedIn(base, DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
        PageClient.Page kaag = coordinator.get("app/registration/municipality.xhtml?code=gm1884");
        assertThat(kaag.status()).isEqualTo(200);
        assertThat(kaag.body()).contains("<h1>Kaag en Braassem</h1>", "GM1884 · Zuid-Holland · Holland Rijnland",
                "1.200 – 1.500", "Laatste telling: peildatum " + DutchDates.format(TODAY) + ", bron " + source,
                "locations.xhtml?municipality=GM1884", "counts.xhtml?municipality=GM1884", "id=\"overview-circle\"",
                contact + " · Beleid", "beleid@kaag.example");
        PageClient.Page westland = coordinator.get("app/registration/municipality.xhtml?code=GM1783");
        assertThat(westland.body()).contains("<h1>Westland</h1>", title, "document.xhtml?id=" + document,
                "Ter beoordeling");
        assertThat(coordinator.get("app/registration/municipalities.xhtml").body()).as("the first page of names")
                .contains("municipality.xhtml?code=GM0489\">Barendrecht</a>");
        for (String unknown : new String[] {"GM9999", "Westland", "GM1783'"}) {
            PageClient.Page answer = coordinator.get("app/registration/municipality.xhtml?code=" + unknown);
            assertThat(answer.status()).as(unknown).isEqualTo(404);
            assertThat(answer.body()).as(unknown).contains("Deze gemeente is niet gevonden");
        }

        // an officer opens their own municipality, with or without its code, and no other
        PageClient officer = PageClient.signedIn(base, DEMO_OFFICER.email(), DEMO_OFFICER.password());
        assertThat(officer.get("app/registration/municipality.xhtml").body()).contains("<h1>Westland</h1>", title);
        PageClient.Page other = officer.get("app/registration/municipality.xhtml?code=GM1884");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(source, "Kaag en Braassem</h1>");
        assertThat(officer.get("app/registration/municipalities.xhtml").body()).as("others' names lead nowhere")
                .contains("Barendrecht").doesNotContain("municipality.xhtml?code=");

        // an auditor reads the figures and documents; the circle, which auditors take no part in, is left out
        PageClient auditor = PageClient.signedIn(base, DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
        PageClient.Page audited = auditor.get("app/registration/municipality.xhtml?code=GM0518");
        assertThat(audited.status()).isEqualTo(200);
        assertThat(audited.body()).contains("Gravenhage</h1>");
        // a coordinator opening the page without a municipality is told to choose one
        assertThat(coordinator.get("app/registration/municipality.xhtml").body())
                .contains("Kies een gemeente in de lijst van alle gemeenten.");
        PageClient.Page read = auditor.get("app/registration/municipality.xhtml?code=GM1783");
        assertThat(read.body()).contains("<h1>Westland</h1>", title).doesNotContain("id=\"overview-circle\"")
                .doesNotContain("ui-messages-error");
    }

    @Test
    void anAuditorRunsTheVerificationAndFollowsTheLatestChangeToItsPage() throws Exception {
        String source = "Gemeente Zoeterwoude (voorbeeldgegevens) " + UUID.randomUUID();
        HttpResponse<String> counted = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_COORDINATOR.email(),
                TestData.countJson("GM0638", source));
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);

        try (BrowserSession auditor = new BrowserSession(base)) {
            auditor.signIn(DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
            assertThat(auditor.text(By.id("home-changes")))
                    .contains("Telling vastgelegd: " + source + " · peildatum 01-05-2025 (Zoeterwoude)").contains("vastgelegd ")
                    .contains(DEMO_COORDINATOR.displayName());

            auditor.click(By.id("homeAudit:verify"));
            auditor.waitForText("homeAudit:verification", "door " + DEMO_AUDITOR.displayName() + ": intact");

            auditor.click(By.xpath("//section[@id='home-changes']//a[contains(., 'Zoeterwoude')]"));
            auditor.until(ExpectedConditions.urlContains("app/monitoring/counts.xhtml?municipality=GM0638"));
            auditor.waitForText("counts:table", source);
        }
    }
}

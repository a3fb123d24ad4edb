package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Monitoring through the browser: an officer records and corrects a count, and keeps a location with its occupancy
 * and norm check; an auditor reads the change log and looks back to before a correction; a coordinator pages
 * through a municipality's locations and keeps one on a later page.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMunicipalityWithManyImportedCountsSeesThemInPages() throws Exception {
        String marker = "Paginatest " + UUID.randomUUID().toString().substring(0, 8);
        // Long ago, so the counts other tests record for Westland stay on the first page.
        StringBuilder csv = new StringBuilder("municipality_code,reference_date,registered_brp,source,definition\n");
        for (int month = 0; month < 60; month++) {
            csv.append("GM1783,").append(LocalDate.of(1995, 1, 1).plusMonths(month)).append(",").append(month)
                    .append(",").append(marker).append(month == 0 ? " oudste" : "").append(",LIVING_IN\n");
        }
        HttpResponse<String> imported = Http.post(URI.create(base + "api/v1/imports/counts?name=veel.csv"),
                DEMO_OFFICER.email(), "text/csv", csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/counts.xhtml");
            officer.until(d -> d.findElements(By.xpath("//tbody[@id='counts:table_data']/tr")).size() == 25);
            assertThat(officer.text(By.cssSelector("#counts\\:table .ui-paginator-current"))).startsWith("1–25 ");

            officer.click(By.cssSelector("#counts\\:table .ui-paginator-last"));
            officer.waitForText("counts:table_data", marker + " oudste");
        }
    }

    @Test
    void anOfficerRecordsAndCorrectsACountAndAnAuditorSeesTheChangeAndWhatWasKnownBefore() throws Exception {
        String source = "Omroep West (voorbeeldgegevens) " + UUID.randomUUID().toString().substring(0, 8);
        String row = "//tbody[@id='counts:table_data']/tr[contains(., '" + source + "')]";
        LocalDateTime beforeCorrection;
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/counts.xhtml");
            assertThat(officer.text(By.id("counts:shownMunicipality"))).isEqualTo("Westland");

            // Escape closes the stay classes' dialog from a number field too, which keeps Escape for itself
            officer.click(By.id("counts:changeThresholds"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("thresholdsForm:newShortStay_input")));
            officer.driver().findElement(By.id("thresholdsForm:newShortStay_input")).sendKeys(Keys.ESCAPE);
            officer.until(ExpectedConditions.invisibilityOfElementLocated(By.id("thresholdsDialog")));
            // the municipality's own stay classes, set on the page, are those a new count starts with
            setStayClasses(officer, "6", "24");
            officer.click(By.id("counts:new"));
            officer.until(d -> "6".equals(d.findElement(By.id("countForm:shortStay_input")).getAttribute("value")));
            assertThat(officer.driver().findElement(By.id("countForm:longStay_input")).getAttribute("value"))
                    .isEqualTo("24");
            officer.type("countForm:referenceDate_input", "2020-07-01");
            // a decimal comma in a whole number is refused, never dropped to make 1,5 into 15
            officer.type("countForm:brp_input", "1,5");
            officer.click(By.id("countForm:save"));
            officer.waitForText("countForm:formMessages", "Ingeschreven in de BRP: vul een geheel getal in");
            // nor does a decimal point make 12.5 into 125: typed, it is the decimal comma, and refused the same way
            officer.type("countForm:brp_input", "12.5");
            assertThat(officer.driver().findElement(By.id("countForm:brp_input")).getAttribute("value"))
                    .isEqualTo("12,5");
            // a minus typed reaches the rules and is refused, rather than dropped by the field as typed
            officer.type("countForm:brp_input", "-4500");
            officer.type("countForm:estimateMin_input", "6000");
            officer.type("countForm:estimateMax_input", "9000");
            officer.click(By.id("countForm:save"));
            officer.waitForText("countForm:formMessages", "Aantallen kunnen niet negatief zijn.");
            // typed with its thousands separator, as written in Dutch, it is four thousand five hundred
            officer.type("countForm:brp_input", "4.500");
            // sent by Enter in another field, the refusal takes the focus to the field to correct
            officer.driver().findElement(By.id("countForm:method")).sendKeys(Keys.ENTER);
            officer.waitForText("countForm:formMessages", "Vermeld de bron van de telling.");
            officer.until(d -> "countForm:source".equals(d.switchTo().activeElement().getAttribute("id")));
            officer.until(d -> "4.500".equals(d.findElement(By.id("countForm:brp_input")).getAttribute("value")));
            assertThat(officer.text(By.id("counts:table_data"))).doesNotContain("4.500");
            assertThat(officer.text(By.id("counts:messages"))).as("the page behind the dialog repeats no refusal")
                    .doesNotContain("Vermeld de bron").doesNotContain("negatief");
            assertThat(officer.text(By.cssSelector("small.field-refusal[data-for='countForm:source']")))
                    .as("the refusal repeated under its field").contains("Vermeld de bron van de telling.");

            // a text longer than its field takes is kept whole, said to be too long, and refused rather than cut short
            officer.type("countForm:source", "x".repeat(301));
            officer.waitForText("countForm:source_length", "Te lang: 301 tekens, hoogstens 300. Kort de tekst in.");
            officer.click(By.id("countForm:save"));
            officer.waitForText("countForm:formMessages", "Bron: Deze tekst is te lang (hoogstens 300 tekens).");
            assertThat(officer.driver().findElement(By.id("countForm:source")).getAttribute("value")).hasSize(301);
            assertThat(officer.driver().findElement(By.id("countForm:source")).getAttribute("aria-invalid"))
                    .as("the field the refusal is about is marked").isEqualTo("true");

            officer.type("countForm:source", source);
            assertThat(officer.driver().findElements(By.id("countForm:source_length"))).isEmpty();
            assertThat(officer.driver().findElements(By.cssSelector("small.field-refusal[data-for='countForm:source']")))
                    .as("a refusal being corrected is no longer repeated under its field").isEmpty();
            assertThat(officer.driver().findElement(By.id("countForm:source")).getAttribute("aria-invalid"))
                    .as("nor is the field still marked").isNull();
            officer.click(By.id("countForm:save"));
            officer.waitForText("counts:table_data", source);
            assertThat(officer.text(By.id("counts:messages"))).contains("De telling is opgeslagen.");
            assertThat(officer.text(By.xpath(row))).contains("50%").contains("75%");
            beforeCorrection = LocalDateTime.now(DutchTime.ZONE).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            // the correction must be recorded well after the moment the auditor will ask about (whole seconds)
            LocalDateTime correctFrom = beforeCorrection.plus(1500, ChronoUnit.MILLIS);
            officer.until(d -> LocalDateTime.now(DutchTime.ZONE).isAfter(correctFrom));

            // Other tests record Westland counts in the same database, so act on this test's own row.
            officer.click(By.xpath(row + "//*[contains(@id, ':correct')]"));
            officer.type("countForm:brp_input", "4800");
            officer.type("countForm:reason", "BRP-telling herzien");
            // an officer, who cannot mark a count as an error, is told who can, beside the reason they give
            assertThat(officer.text(By.id(officer.driver().findElement(By.id("countForm:reason"))
                    .getAttribute("aria-describedby")))).contains("Vraag de coördinator het als fout te markeren");
            officer.click(By.id("countForm:save"));
            officer.waitForText("counts:table_data", "4.800");
            assertThat(officer.text(By.xpath(row))).contains("short stay < 6 mnd, long stay ≥ 24 mnd");
            // other tests record Westland's counts without thresholds: its default ones back
            setStayClasses(officer, "4", "12");
            // a view of the past shows its versions to read, not to correct
            officer.type("counts:asKnownOn_input", PICKER.format(beforeCorrection));
            officer.driver().findElement(By.id("counts:asKnownOn_input")).sendKeys(Keys.TAB);
            officer.until(d -> officer.text(By.xpath(row)).contains("4.500"));
            assertThat(officer.driver().findElements(By.xpath(row + "//*[contains(@id, ':correct')]"))).isEmpty();
            // a count added there is saved now, and the page shows the present again, its moment field too
            officer.click(By.id("counts:new"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("countForm:referenceDate_input")));
            officer.type("countForm:referenceDate_input", "2020-08-01");
            officer.type("countForm:brp_input", "4600");
            String later = "Telling na het verleden " + System.nanoTime();
            officer.type("countForm:source", later);
            officer.click(By.id("countForm:save"));
            officer.until(d -> officer.text(By.id("counts:table_data")).contains(later));
            assertThat(officer.driver().findElement(By.id("counts:asKnownOn_input")).getAttribute("value")).isEmpty();
            assertThat(officer.driver().findElements(By.xpath(row + "//*[contains(@id, ':correct')]"))).hasSize(1);
        }
        try (BrowserSession auditor = new BrowserSession(base)) {
            auditor.signIn(DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
            auditor.open("app/monitoring/counts.xhtml");
            assertThat(auditor.driver().findElements(By.id("counts:new"))).isEmpty();
            auditor.click(By.xpath(row + "//*[contains(@id, ':history')]"));
            auditor.waitForText("historyForm:changelog_data", "BRP-telling herzien");
            assertThat(auditor.text(By.id("historyForm:changelog_data")))
                    .contains("Ingeschreven BRP: 4.500 → 4.800").contains(DEMO_OFFICER.displayName());
            // the dialog's title heads its content, as a section's heading does
            assertThat(auditor.driver().findElement(By.cssSelector("#historyDialog .ui-dialog-title")))
                    .satisfies(title -> assertThat(List.of(title.getAttribute("role"),
                            title.getAttribute("aria-level"))).containsExactly("heading", "2"));
            auditor.driver().findElement(By.cssSelector("#historyDialog .ui-dialog-titlebar-close")).click();

            // a year mistyped is said to be so as soon as the field is left, not shown as the present without a word
            auditor.type("counts:asKnownOn_input", "01-01-0001 00:00:00");
            auditor.driver().findElement(By.id("counts:asKnownOn_input")).sendKeys(Keys.TAB);
            auditor.waitForText("counts:messages", "kijk het jaartal na");
            // so is a moment still to come, of which nothing is known yet
            auditor.type("counts:asKnownOn_input", "01-01-2099 00:00:00");
            auditor.click(By.id("counts:showAsKnownOn"));
            auditor.waitForText("counts:messages", "Van een moment in de toekomst is nog niets bekend");
            assertThat(auditor.text(By.id("counts:table_data"))).contains("4.800");
            auditor.type("counts:asKnownOn_input", PICKER.format(beforeCorrection));
            auditor.click(By.id("counts:showAsKnownOn"));
            auditor.until(d -> !auditor.text(By.id("counts:table_data")).contains("4.800"));
            assertThat(auditor.text(By.id("counts:table_data"))).contains("4.500");
            // a time typed to the minute, as the row shows when it was recorded, is the whole of that minute
            java.util.regex.Matcher recorded = java.util.regex.Pattern.compile("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}")
                    .matcher(auditor.text(By.xpath(row)));
            assertThat(recorded.find()).isTrue();
            auditor.type("counts:asKnownOn_input", "01-06-2024 12:00");
            auditor.click(By.id("counts:showAsKnownOn"));
            auditor.until(d -> !auditor.text(By.id("counts:table_data")).contains(source));
            auditor.type("counts:asKnownOn_input", recorded.group());
            auditor.click(By.id("counts:showAsKnownOn"));
            auditor.waitForText("counts:table_data", source);
        }
    }

    @Test
    void anOfficerAddsALocationAndAnOccupancyReportAndSeesTheNormCheck() {
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/locations.xhtml");
            // Escape closes a dialog, as its close button does
            officer.click(By.id("locations:new"));
            officer.until(ExpectedConditions.attributeToBe(By.id("locationDialog"), "aria-hidden", "false"));
            officer.driver().findElement(By.id("locationForm:name")).sendKeys(Keys.ESCAPE);
            officer.until(ExpectedConditions.attributeToBe(By.id("locationDialog"), "aria-hidden", "true"));
            officer.click(By.id("locations:new"));
            // read once the dialog's form is rendered anew, which the button's request replaces
            officer.until(ExpectedConditions.attributeToBe(By.id("locationDialog"), "aria-hidden", "false"));
            String required = officer.until((org.openqa.selenium.support.ui.ExpectedCondition<String>)
                    d -> d.findElement(By.id("locationForm:name")).getAttribute("aria-required"));
            assertThat(required).as("a required field says so beside its asterisk").isEqualTo("true");
            officer.type("locationForm:name", "Units Kwintsheul (voorbeeldgegevens)");
            officer.type("locationForm:street", "Kwintsheulseweg");
            officer.type("locationForm:houseNumber", "5");
            officer.type("locationForm:postcode", "2295 X");
            officer.type("locationForm:place", "Kwintsheul");
            officer.type("locationForm:beds_input", "10");
            officer.type("locationForm:floorArea_input", "100");
            // a number pasted is read as written: "4.2" is no thousands in a Dutch field, "1.234" is, but not as a
            // latitude; a unit after it is left out
            officer.paste(By.id("locationForm:latitude_input"), "52.012", null);
            officer.paste(By.id("locationForm:longitude_input"), "4.2", null);
            officer.paste(By.id("locationForm:bedroomArea_input"), "1.234", null);
            officer.paste(By.id("locationForm:floorArea_input"), "120 m2", null);
            assertThat(Stream.of("latitude", "longitude", "bedroomArea", "floorArea").map(field -> officer.driver()
                    .findElement(By.id("locationForm:" + field + "_hinput")).getAttribute("value"))
                    .map(value -> new BigDecimal(value).stripTrailingZeros().toPlainString()))
                    .containsExactly("52.012", "4.2", "1234", "120");
            officer.type("locationForm:bedroomArea_input", "");
            officer.type("locationForm:floorArea_input", "100");
            officer.type("locationForm:bedrooms_input", "5");
            officer.type("locationForm:toilets_input", "1");
            officer.type("locationForm:showers_input", "1");
            // a permit row added and removed by keyboard keeps the person at the button pressed, or where its row was
            officer.driver().findElement(By.id("locationForm:addPermit")).sendKeys(Keys.ENTER);
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("locationForm:permits:0:permitNumber")));
            officer.until(d -> "locationForm:addPermit".equals(d.switchTo().activeElement().getAttribute("id")));
            officer.driver().findElement(By.id("locationForm:permits:0:removePermit"))
                    .sendKeys(Keys.ENTER);
            officer.until(ExpectedConditions.invisibilityOfElementLocated(By.id("locationForm:permits:0:permitNumber")));
            officer.until(d -> "locationForm:addPermit".equals(d.switchTo().activeElement().getAttribute("id")));
            officer.click(By.id("locationForm:save"));
            officer.waitForText("locationForm:formMessages", "vier cijfers en twee letters");
            assertThat(officer.text(By.id("locationForm:formMessages"))).as("the summary names the field")
                    .contains("Postcode: ");
            officer.until(d -> "locationForm:postcode".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(officer.text(By.id("locations:table"))).doesNotContain("Units Kwintsheul");
            // a coordinate beyond the globe is kept as typed and refused with its reason, not cut to what fits
            officer.type("locationForm:postcode", "2295kx");
            officer.type("locationForm:latitude_input", "95");
            officer.click(By.id("locationForm:save"));
            officer.waitForText("locationForm:formMessages", "buiten het bereik (breedte −90 tot 90");
            assertThat(officer.driver().findElement(By.id("locationForm:latitude_input")).getAttribute("value"))
                    .startsWith("95");
            assertThat(officer.text(By.id("locations:table"))).doesNotContain("Units Kwintsheul");
            officer.type("locationForm:latitude_input", "52,012");

            officer.click(By.id("locationForm:save"));
            officer.waitForText("locations:table_data", "Units Kwintsheul");
            assertThat(officer.text(By.id("locations:table_data"))).contains("2295 KX");
            officer.waitForText("selectedName", "Units Kwintsheul");
            // found by a word of its address; a word of no location finds none and says so
            officer.type("locations:search", "KWINTSHEULSEWEG");
            officer.until(d -> !officer.text(By.id("locations:table_data")).isEmpty() && officer.driver().findElements(
                    By.cssSelector("#locations\\:table_data > tr")).stream().allMatch(row -> row.getText().contains("Kwintsheulseweg")));
            officer.type("locations:search", "nergens-" + UUID.randomUUID());
            officer.waitForText("locations:table_data", "Geen locatie past bij de zoekterm");
            officer.waitForText("locations:found", "geen locaties gevonden");
            officer.type("locations:search", "");
            officer.waitForText("locations:table_data", "Units Kwintsheul");

            // how an import file finds the location is among its facts: by its BAG id, or as it has none by its name
            assertThat(officer.text(By.id("bagId"))).isEqualTo("Geen (een bestand vindt de locatie aan haar naam)");
            officer.click(By.id("detail:addReport"));
            officer.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!document.activeElement.closest('#reportDialog')")));
            // a form sent empty is told of every field it lacks at once
            officer.click(By.id("reportForm:save"));
            officer.waitForText("reportForm:formMessages", "Vul de peildatum in");
            assertThat(officer.text(By.id("reportForm:formMessages"))).contains("Geef het aantal gehuisveste personen");
            officer.type("reportForm:referenceDate_input", "2025-09-01");
            // a number refused anyway is refused at once, not first asked about
            officer.type("reportForm:persons_input", "200000");
            refusedBeforeAskingAboutBeds(officer, "Hoogstens 100.000 personen");
            // so are figures whose stays add up to more than the persons
            officer.type("reportForm:persons_input", "120");
            officer.type("reportForm:shortStay_input", "100");
            officer.type("reportForm:midStay_input", "30");
            refusedBeforeAskingAboutBeds(officer, "samen zijn meer dan het aantal personen");
            officer.type("reportForm:shortStay_input", "5");
            officer.type("reportForm:midStay_input", "");
            officer.click(By.id("reportForm:save"));
            // more persons than beds is asked about first, and nothing is saved until the number is confirmed
            officer.waitForText("reportForm:formMessages", "120 personen op 10 bedden: meer personen dan bedden");
            assertThat(officer.driver().findElements(By.cssSelector("small.field-refusal[data-for='reportForm:persons']")))
                    .as("under the field once, as the warning it is").singleElement()
                    .satisfies(note -> assertThat(note.getAttribute("class")).contains("field-warning"));
            assertThat(officer.text(By.id("detail:reports_data"))).doesNotContain("01-09-2025");
            assertThat(officer.text(By.id("detail:reportMessages"))).as("asked in the dialog alone")
                    .doesNotContain("120 personen");
            officer.type("reportForm:persons_input", "12");
            officer.click(By.id("reportForm:save"));
            officer.waitForText("reportForm:formMessages", "12 personen op 10 bedden: meer personen dan bedden");
            assertThat(officer.text(By.id("detail:reports_data"))).doesNotContain("01-09-2025");
            // everything the status region says from now on, however many updates it comes in
            ((JavascriptExecutor) officer.driver()).executeScript("var region = document.getElementById('announcer');"
                    + " window.said = []; new MutationObserver(function () { window.said.push(region.textContent); })"
                    + ".observe(region, {childList: true, characterData: true, subtree: true});");
            officer.click(By.id("reportForm:save"));
            officer.waitForText("detail:reports_data", "01-09-2025");
            // stays not reported are dashes, not a gap between slashes
            assertThat(officer.text(By.id("detail:reports_data"))).contains("5 / – / –");
            // 12 persons on 10 beds, confirmed: saved, with a warning, flagged in the list and put on the worklist
            officer.waitForText("detail:reportMessages", "12 personen op 10 bedden");
            officer.waitForText("locations:table_data", "Overbezet");
            officer.waitForText("normSummary", "4 overtreding");
            // and a screen reader hears it wherever the focus is: that it was saved, with its warning, and what the
            // norms found
            officer.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.said.join(' ');"))
                    .matches("(?s).*12 personen op 10 bedden.*4 overtreding.*"));
            assertThat(officer.text(By.id("detail:findings_data")))
                    .contains("Personen tegenover bedden").contains("Overtreden").contains("8,33").contains("10");
            officer.open("app/monitoring/worklist.xhtml");
            // a moment still to come is said to be one, as on the counts page
            officer.type("worklist:asKnownOn_input", "01-01-2099 00:00:00");
            officer.driver().findElement(By.id("worklist:asKnownOn_input")).sendKeys(Keys.TAB);
            officer.waitForText("worklist:messages", "Van een moment in de toekomst is nog niets bekend");
            officer.driver().findElement(By.id("worklist:table:what:filter")).sendKeys("Units Kwintsheul");
            officer.waitForText("worklist:table_data", "Units Kwintsheul (voorbeeldgegevens) · 12 / 10");
            assertThat(officer.text(By.id("worklist:table_data"))).contains("Overbezet: meer personen dan bedden");
            // an item leads to its location
            officer.click(By.xpath("//tbody[@id='worklist:table_data']//a[contains(., 'Units Kwintsheul')]"));
            officer.until(ExpectedConditions.urlContains("app/monitoring/locations.xhtml?location="));
            officer.waitForText("locations:table", "Units Kwintsheul");
        }
    }

    @Test
    void aNormVersionReplacedByOneOfTheSameDateSaysSo() {
        String first = "Eerste " + UUID.randomUUID();
        String second = "Herzien " + UUID.randomUUID();
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open("app/monitoring/norms.xhtml");
            for (String note : List.of(first, second)) {
                coordinator.click(By.id("norms:new"));
                coordinator.until(ExpectedConditions.visibilityOfElementLocated(By.id("normForm:note")));
                coordinator.type("normForm:validFrom_input", "01-01-2093");
                // norms of their own, as a version that changes nothing is refused
                coordinator.type("normForm:lodging_input", note.equals(first) ? "41" : "42");
                coordinator.type("normForm:note", note);
                coordinator.click(By.id("normForm:save"));
                coordinator.waitForText("norms:table_data", note);
            }
            String row = "//tbody[@id='norms:table_data']/tr[contains(., '%s')]";
            assertThat(coordinator.text(By.xpath(row.formatted(first))))
                    .contains("vervangen door een latere versie van die datum");
            assertThat(coordinator.text(By.xpath(row.formatted(second)))).doesNotContain("vervangen");
        }
    }

    @Test
    void aCoordinatorEditsALocationOnTheSecondPageAndStaysThere() throws Exception {
        // Noordwijk (GM0575): no other test records locations there, so these 26 are all it has.
        String run = "Paginatest " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 26; i++) {
            HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/locations"),
                    DEMO_COORDINATOR.email(), TestData.locationJson("GM0575", String.format("%s %02d", run, i)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open("app/monitoring/locations.xhtml?municipality=GM0575");
            assertThat(coordinator.text(By.id("locations:table_data"))).contains(run + " 25").doesNotContain(run + " 26");
            assertThat(coordinator.text(By.id("locations:table_paginator_bottom"))).contains("1–25 van 26");

            coordinator.click(By.cssSelector("#locations\\:table_paginator_bottom .ui-paginator-next"));
            coordinator.waitForText("locations:table_data", run + " 26");
            coordinator.click(By.id("locations:table:25:edit"));
            coordinator.until(ExpectedConditions.attributeContains(By.id("locationForm:name"), "value", run + " 26"));
            coordinator.type("locationForm:name", run + " 26 herzien");
            coordinator.type("locationForm:reason", "Naam gecorrigeerd");
            assertThat(coordinator.driver().findElements(By.id("location-error-ask")))
                    .as("the coordinator marks errors themselves").isEmpty();
            coordinator.click(By.id("locationForm:save"));
            coordinator.waitForText("locations:table_data", run + " 26 herzien");
            coordinator.waitForText("selectedName", run + " 26 herzien");

            coordinator.click(By.id("locations:table:25:log"));
            coordinator.waitForText("changeLogForm", "Naam gecorrigeerd");
        }
    }

    @Test
    void aCoordinatorFollowingALinkToALocationOfAnotherMunicipalitySeesThatMunicipalityAndTheLocation()
            throws Exception {
        String name = "Logies Laak (voorbeeldgegevens) " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/locations"), DEMO_COORDINATOR.email(),
                TestData.locationJson("GM0518", name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Object denHaag = Json.parse(created.body());
        // the answer says where the new location is read
        URI address = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(address.getPath()).endsWith("/api/v1/locations/" + Json.at(denHaag, "locationId"));
        assertThat(Json.at(Json.parse(Http.get(address, DEMO_COORDINATOR).body()), "details", "name")).isEqualTo(name);
        PageClient coordinator = PageClient.signedIn(base, DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
        PageClient.Page page = coordinator.get("app/monitoring/locations.xhtml?location=" + Json.at(denHaag, "locationId"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"locations:shownMunicipality\"[^>]*>[^<]*Gravenhage")
                .contains("<h2 id=\"selectedName\" tabindex=\"-1\">" + name.replace("'", "&#39;") + "</h2>");
    }

    /** Saves the occupancy report form and finds it refused with {@code refusal}, not first asked about beds. */
    private static void setStayClasses(BrowserSession officer, String shortStay, String longStay) {
        officer.click(By.id("counts:changeThresholds"));
        officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("thresholdsForm:newShortStay_input")));
        officer.type("thresholdsForm:newShortStay_input", shortStay);
        officer.type("thresholdsForm:newLongStay_input", longStay);
        officer.click(By.id("thresholdsForm:saveThresholds"));
        officer.waitForText("counts:stayClasses", "short stay korter dan " + shortStay + " maanden");
    }

    private static void refusedBeforeAskingAboutBeds(BrowserSession officer, String refusal) {
        officer.click(By.id("reportForm:save"));
        officer.waitForText("reportForm:formMessages", refusal);
        assertThat(officer.text(By.id("reportForm:formMessages"))).doesNotContain("meer personen dan bedden");
    }
}

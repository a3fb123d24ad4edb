package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Import and export through the browser and the API: a file dropped on the page whose own column names are mapped
 * once and remembered for the next file, both seen in the history; a file with one bad line refused with the line
 * named and its report kept in the history; an export and a template as the browser receives them; files in another
 * encoding, with unknown columns or a wrong separator refused in the caller's language with nothing stored.
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
    void anOfficerImportingAFileWithOneBadLineSeesTheLineNothingIsStoredAndTheReportStaysInTheHistory()
            throws Exception {
        String source = "Browsertest " + UUID.randomUUID();
        Path file = Files.createTempFile("tellingen-fout", ".csv");
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
            officer.waitForText("progressForm:problems_data", "„veel” is geen geldig getal.");
            assertThat(officer.text(By.id("progressForm:problems_data"))).contains("3").contains("ingeschreven_brp");
            assertThat(officer.text(By.id("progressForm:refused"))).contains("niets opgeslagen");
            announced(officer, "niets opgeslagen");
            officer.waitForText("historyForm:history_data", file.getFileName().toString());
            assertThat(officer.text(By.id("historyForm:history_data"))).contains("Geweigerd: 1 fout");
        }
        // an auditor reads the refusals too, on a page that offers no upload
        try (BrowserSession auditor = new BrowserSession(base)) {
            auditor.signIn(DEMO_AUDITOR.email(), DEMO_AUDITOR.password());
            auditor.click(By.id("nav-import"));
            auditor.waitForText("historyForm:history_data", file.getFileName().toString());
            assertThat(auditor.text(By.id("historyForm:history_data"))).contains("Geweigerd: 1 fout");
            assertThat(auditor.driver().findElements(By.id("importForm"))).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(countsWithSource(source)).isZero();
    }

    @Test
    void aReportOfMoreProblemsThanItListsSaysSo() throws Exception {
        Path file = Files.createTempFile("tellingen-veel-fout", ".csv");
        StringBuilder rows = new StringBuilder("gemeentecode;peildatum;ingeschreven_brp;bron;definitie\n");
        for (int day = 0; day < 520; day++) {
            rows.append("GM1783;").append(java.time.LocalDate.of(2001, 1, 1).plusDays(day)).append(";-1;Veel;wonend\n");
        }
        Files.writeString(file, rows);
        try (BrowserSession officer = uploadedByOfficer("Tellingen", file)) {
            officer.waitForText("progressForm:refused", "Hieronder de eerste 500 van de 520 fouten.");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void occupancyOfMorePersonsThanBedsIsStoredAndItsLineNamedForALook() throws Exception {
        String bag = "1783" + String.format("%012d", java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(1_000_000_000_000L));
        assertThat(post("imports/locations", ("municipality_code,bag_id,name,housing_form,status,beds\n"
                + "GM1783," + bag + ",Pension " + bag + ",HOTEL_PENSION,ACTIVE,10\n").getBytes(StandardCharsets.UTF_8),
                "nl").statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("bezetting-vol", ".csv");
        Files.writeString(file, "bag_id;peildatum;personen\n" + bag + ";2024-01-01;8\n" + bag + ";2024-02-01;100\n");
        try (BrowserSession officer = uploadedByOfficer("Bezetting", file)) {
            officer.waitForText("progressForm:notes", "Eén regel vraagt om een blik");
            assertThat(officer.text(By.id("progressForm:notesTable_data"))).contains("3", "100 personen bij 10 bedden");
            assertThat(officer.text(By.id("progressForm:done"))).contains("2 toegevoegd");
            // and through the API, the note's reason in the caller's language as a refusal's is
            HttpResponse<String> api = post("imports/occupancy?name=vol.csv", ("bag_id;peildatum;personen\n" + bag
                    + ";2024-03-01;50\n").getBytes(StandardCharsets.UTF_8), "nl");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            assertThat(api.body()).contains("\"reason\":\"").contains("50 personen bij 10 bedden");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anEmptyFileIsNamedAsEmptyAndKeptInTheHistory() throws Exception {
        Path file = Files.createTempFile("leeg", ".csv");
        try (BrowserSession officer = uploadedByOfficer("Tellingen", file)) {
            officer.waitForText("progressForm:problems_data", "Het bestand is leeg: de kopregel ontbreekt.");
            // refused as the same file sent to the API is: among the earlier imports, with its report
            officer.open("app/monitoring/import.xhtml");
            officer.waitForText("historyForm:history_data", file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aSpreadsheetSavedInItsOwnFormatIsRefusedAsAWholeFile() throws Exception {
        Path file = Files.createTempFile("tellingen", ".csv");
        // the start of a spreadsheet's own file: a zip, with NUL bytes in what would be its header line
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/', '\n'});
        try (BrowserSession officer = uploadedByOfficer("Tellingen", file)) {
            officer.waitForText("progressForm:problems_data", "Dit bestand is geen CSV-tekst");
            assertThat(officer.text(By.id("progressForm:problems_data"))).as("a problem of no one line")
                    .startsWith("Heel bestand").doesNotContain("Regel 0");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A file whose columns all belong to another kind than the one chosen is refused as of that kind; one of which
     * another kind knows more columns gets a warning and still its columns to assign.
     */
    @Test
    void aFileOfAnotherKindThanChosenIsNamedAsSuch() throws Exception {
        Path standard = countsFile("gemeentecode;peildatum;ingeschreven_brp;bron;definitie");
        Path ownNames = countsFile("gemeentecode;Datum telling;Aantal BRP;bron;definitie");
        try (BrowserSession officer = uploadedByOfficer("Bezetting", standard)) {
            officer.waitForText("importForm:messages", "De kolommen van dit bestand horen bij Tellingen.");
            assertThat(officer.driver().findElements(By.id("mappingForm"))).as("no columns to map").isEmpty();
            officer.driver().findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(ownNames.toAbsolutePath().toString());
            officer.waitForText("importForm:messages",
                    "Meer kolommen van dit bestand horen bij \"Tellingen\" dan bij \"Bezetting\".");
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("mappingForm:choices")));
        } finally {
            Files.deleteIfExists(standard);
            Files.deleteIfExists(ownNames);
        }
    }

    @Test
    void aDroppedFileWithItsOwnColumnNamesIsMappedOnceImportedAndTheMappingIsRememberedForTheNextFile()
            throws Exception {
        String source = "Eigen spreadsheet " + UUID.randomUUID();
        String header = "Gemeentecode;Datum telling;Aantal BRP;Bron;Definitie;Opmerking\n";
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/import.xhtml");
            officer.choose("importForm:kind", "Tellingen");
            // a first try with a wrong number: refused, and what the columns mean is kept for the file put right
            drop(officer, "eigen-telling.csv", header + "GM1783;01-03-2021;veel;" + source + ";wonend;eerste\n");

            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("mappingForm:choices")));
            announced(officer, "eigen-telling.csv");
            assertThat(officer.text(By.id("mappingForm:choices_data")))
                    .contains("Datum telling").contains("Aantal BRP").contains("Opmerking");
            new Select(officer.driver().findElement(By.id("mappingForm:choices:0:meaning"))).selectByValue("peildatum");
            Select brp = new Select(officer.driver().findElement(By.id("mappingForm:choices:1:meaning")));
            assertThat(brp.getOptions()).extracting(WebElement::getText)
                    .contains("ingeschreven_brp — Ingeschreven BRP", "peildatum — Peildatum");
            brp.selectByValue("ingeschreven_brp");
            new Select(officer.driver().findElement(By.id("mappingForm:choices:2:meaning"))).selectByValue("-");
            officer.click(By.id("mappingForm:importMapped"));
            officer.waitForText("progressForm:problems_data", "„veel” is geen geldig getal.");
            // the button pressed is gone with its form: the focus goes on from the page's word, not back to the top
            assertThat(((JavascriptExecutor) officer.driver()).executeScript(
                    "return document.activeElement !== document.body")).isEqualTo(true);

            officer.open("app/monitoring/import.xhtml");
            officer.choose("importForm:kind", "Tellingen");
            drop(officer, "eigen-telling.csv", header + "GM1783;01-03-2021;250;" + source + ";wonend;eerste\n");
            // every column as assigned for the refused file: offered as then, read with one click
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("mappingForm:choices")));
            assertThat(officer.text(By.id("importForm:messages"))).contains("zoals u hem eerder toewees");
            assertThat(new Select(officer.driver().findElement(By.id("mappingForm:choices:0:meaning")))
                    .getFirstSelectedOption().getAttribute("value")).isEqualTo("peildatum");
            officer.click(By.id("mappingForm:importMapped"));
            officer.waitForText("progressForm:done", "1 toegevoegd");
            announced(officer, "1 toegevoegd");
            officer.waitForText("historyForm:history_data", "eigen-telling.csv");
            assertThat(officer.text(By.id("historyForm:history_data"))).contains("1 regel: 1 toegevoegd");

            officer.open("app/monitoring/import.xhtml");
            officer.choose("importForm:kind", "Tellingen");
            // assigned otherwise on the next file, which the one after is then offered
            drop(officer, "eigen-telling-2.csv", header + "GM1783;01-06-2021;260;" + source + ";wonend;tweede\n");
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("mappingForm:choices")));
            new Select(officer.driver().findElement(By.id("mappingForm:choices:2:meaning"))).selectByValue("methode");
            officer.click(By.id("mappingForm:importMapped"));
            officer.waitForText("progressForm:done", "1 toegevoegd");
            officer.waitForText("historyForm:history_data", "eigen-telling-2.csv");
        }
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select reference_date, registered_brp, method from monitoring.municipal_count where source = ?"
                        + " order by reference_date")) {
            s.setString(1, source);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("2021-03-01");
                assertThat(rs.getInt(2)).isEqualTo(250);
                assertThat(rs.getString(3)).as("the column ignored").isNull();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(2)).isEqualTo(260);
                assertThat(rs.getString(3)).as("the column assigned otherwise").isEqualTo("tweede");
            }
        }
    }

    @Test
    void aCoordinatorExportsAMunicipalityChosenByNameAndDownloadsATemplate() throws Exception {
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open("app/monitoring/import.xhtml");
            coordinator.type("exportForm:municipality_input", "Delf");
            // Clicked where it is: the suggestions close when the window scrolls.
            coordinator.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#exportForm\\:municipality_panel li[data-item-label^='Delft']"))).click();
            coordinator.waitForText("exportForm:shownMunicipality", "Delft");
            // clicking into the search to find another replaces what it shows; found by the name people use
            WebElement search = coordinator.driver().findElement(By.id("exportForm:municipality_input"));
            assertThat(search.getAttribute("value")).startsWith("Delft");
            search.click();
            search.sendKeys("Den Haag");
            WebElement denHaag = coordinator.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#exportForm\\:municipality_panel li[data-item-label^=\"'s-Gravenhage\"]")));
            assertThat(search.getAttribute("value")).isEqualTo("Den Haag");
            denHaag.click();
            coordinator.waitForText("exportForm:shownMunicipality", "'s-Gravenhage");
            String export = post(coordinator, "exportForm", "exportForm:exportLocations");
            assertThat(export).as("with a BOM, so a spreadsheet reads its accents, in columns in a Dutch spreadsheet")
                    .startsWith("\uFEFFgemeentecode;bag_id;naam;straat");
            String template = post(coordinator, "importForm", "importForm:templates:2:template");
            assertThat(template).startsWith("\uFEFFbag_id;peildatum;personen;kort_verblijf")
                    .contains("1783010000001234;2025-03-31;36");
            assertThat(post(coordinator, "importForm", "importForm:otherTemplates:1:template"))
                    .as("the template for a spreadsheet set to English, offered beside the page's own")
                    .startsWith("\uFEFFmunicipality_code,bag_id,name,").contains(",housing units,active,");
        }
    }

    @Test
    void filesAsSpreadsheetsSaveThemAreReadAndOthersRefusedInTheCallersLanguage() throws Exception {
        String source = "Codering " + UUID.randomUUID();
        String header = "gemeentecode;peildatum;ingeschreven_brp;bron;definitie\n";
        String row = "GM1783;2020-01-01;100;" + source + " é;wonend\n";

        HttpResponse<String> utf16 = post("imports/counts?name=utf16.csv",
                (header + row).getBytes(StandardCharsets.UTF_16LE), "nl");
        assertThat(utf16.statusCode()).as("UTF-16 without its byte order mark").isEqualTo(422);
        assertThat(utf16.body()).contains("\"title\":\"Bestand geweigerd\"").contains("import.encoding.unsupported")
                .contains("Sla het op als");
        HttpResponse<String> unknown = post("imports/counts?name=onbekend.csv",
                ("gemeentecode;peildatum;Aantal BRP;bron;definitie\n" + row).getBytes(StandardCharsets.UTF_8), "en-GB");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"title\":\"File refused\"").contains("\"column\":\"Aantal BRP\"")
                .contains("Unknown column.");
        HttpResponse<String> separator = post("imports/counts?name=pipes.csv",
                (header.replace(';', '|') + row.replace(';', '|')).getBytes(StandardCharsets.UTF_8), "nl");
        assertThat(separator.statusCode()).isEqualTo(422);
        assertThat(separator.body()).contains("De kopregel heeft geen scheidingsteken");
        assertThat(countsWithSource(source + " é")).isZero();

        // bytes that are no text behind a UTF-16 mark: a whole file that is no CSV, in the caller's words
        HttpResponse<String> garbage = post("imports/counts?name=rommel.csv",
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'g', 'a', 'r', 'b', 'a', 'g', 'e'}, "nl");
        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(garbage.body()).contains("\"line\":0").contains("\"messageKey\":\"import.encoding.unsupported\"")
                .contains("\"reason\":\"Dit bestand is geen CSV-tekst").doesNotContain("import.header.missing");

        HttpResponse<String> windows = post("imports/counts?name=windows.csv",
                (header + row).getBytes(Charset.forName("windows-1252")), "nl");
        assertThat(windows.statusCode()).as(windows.body()).isEqualTo(200);
        assertThat(countsWithSource(source + " é")).isEqualTo(1);

        // a spreadsheet's "Unicode text": UTF-16 little-endian with its mark, tabs between the cells, CRLF
        String unicodeText = "\uFEFF" + (header + row.replace("2020-01-01", "1-2-2020")).replace(';', '\t')
                .replace("\n", "\r\n");
        HttpResponse<String> tabs = post("imports/counts?name=unicode.txt",
                unicodeText.getBytes(StandardCharsets.UTF_16LE), "nl");
        assertThat(tabs.statusCode()).as(tabs.body()).isEqualTo(200);
        assertThat(countsWithSource(source + " é")).as("its accent read as it was written").isEqualTo(2);
    }

    @Test
    void theApiImportsOnceRefusesWithTheLineReportAndExportsCsv() throws Exception {
        String source = "API " + UUID.randomUUID();
        String good = "municipality_code,reference_date,registered_brp,source,definition\n"
                + "GM1783,2019-01-01,300,\"" + source + ", geciteerd\",LIVING_IN\n";
        HttpResponse<String> imported = post("imports/counts?name=api.csv", good.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"added\":1").contains("\"alreadyImported\":false");
        assertThat(post("imports/counts?name=api.csv", good.getBytes(StandardCharsets.UTF_8), "en").body())
                .contains("\"alreadyImported\":true");

        HttpResponse<String> refused = post("imports/counts", (good + "GM1783,2019-02-01,-1," + source + ",LIVING_IN\n")
                .getBytes(StandardCharsets.UTF_8), "en");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"line\":3").contains("error.count.negative");
        assertThat(post("imports/people", good.getBytes(StandardCharsets.UTF_8), "en").statusCode()).isEqualTo(400);

        HttpResponse<String> export = Http.get(URI.create(base + "api/v1/exports/counts?municipality=GM1783"), DEMO_OFFICER);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("municipality_code,reference_date").contains(source + ", geciteerd");
        assertThat(Http.get(URI.create(base + "api/v1/exports/counts?municipality=GM0503"), DEMO_OFFICER).statusCode())
                .isEqualTo(403);
        HttpResponse<String> template = Http.get(URI.create(base + "api/v1/imports/counts/template"), DEMO_OFFICER);
        assertThat(template.body()).startsWith("gemeentecode;peildatum;ingeschreven_brp");
        HttpResponse<String> english = Http.get(URI.create(base + "api/v1/imports/counts/template?language=en"),
                DEMO_OFFICER);
        assertThat(english.body()).startsWith("municipality_code,reference_date,registered_brp")
                .contains(",living in the municipality,");
        assertThat(english.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("template-counts.csv"));
        assertThat(Http.get(URI.create(base + "api/v1/imports/counts/template?language=fr"), DEMO_OFFICER)
                .statusCode()).isEqualTo(400);
        assertThat(Http.get(URI.create(base.toString()).resolve("/openapi")).body())
                .contains("/api/v1/imports/{kind}").contains("/api/v1/exports/{kind}");
    }

    @Test
    void aPersonReadingTheProductInEnglishSeesEnglishColumnsChoicesAndTemplatesAndOnAPhoneAReportOnlyWhereThereIsOne()
            throws Exception {
        String email = "import.english@regie.example";
        TestData.accountLike(DEMO_OFFICER, email);
        String bag = "1783" + String.format("%012d", java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(1_000_000_000_000L));
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(email, DEMO_OFFICER.password());
            officer.click(By.id("topbar:lang-en"));
            officer.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            officer.open("app/monitoring/import.xhtml");
            assertThat(officer.text(By.id("importForm"))).contains("English column names")
                    .contains("With Dutch column names");
            assertThat(post(officer, "importForm", "importForm:templates:1:template"))
                    .startsWith("\uFEFFmunicipality_code,bag_id,name,");

            // a value no choice has is refused naming every choice, by the words the location form shows
            officer.choose("importForm:kind", "Locations");
            drop(officer, "castle.csv", "municipality_code,bag_id,name,housing_form,status,beds\nGM1783," + bag
                    + ",Castle " + bag + ",castle,Active,\"1,200\"\n");
            officer.waitForText("progressForm:problems_data", "“castle” cannot stand here");
            assertThat(officer.text(By.id("progressForm:problems_data"))).contains("housing_form")
                    .contains("“hotel or pension”, “units in a building complex”")
                    .contains("“informal (tents, sheds, cars)”.").doesNotContain("…").doesNotContain("1,200");

            // columns the product does not know are offered by their English names
            officer.open("app/monitoring/import.xhtml");
            officer.choose("importForm:kind", "Occupancy");
            drop(officer, "own.csv", "Location,Date,Number of people\nPension,2024-01-01,3\n");
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("mappingForm:choices")));
            Select meaning = new Select(officer.driver().findElement(By.id("mappingForm:choices:1:meaning")));
            assertThat(meaning.getOptions()).extracting(WebElement::getText)
                    .contains("reference_date — Reference date", "persons — Persons")
                    .noneMatch(option -> option.startsWith("peildatum") || option.startsWith("personen")
                            || option.startsWith("kort_verblijf"));

            // the words that open a refused file's report are read whole, not cut off by a column an icon wide, and
            // are its name, not "Expand" and the row's internal key
            officer.open("app/monitoring/import.xhtml");
            officer.waitForText("historyForm:history_data", "Show problem report");
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("""
                    return [...document.querySelectorAll('.report-toggle .ui-row-toggler')].every(t =>
                        t.getBoundingClientRect().right <= t.closest('td').getBoundingClientRect().right + 1
                        && t.scrollWidth <= t.clientWidth + 1
                        && t.getAttribute('aria-label') === 'Show problem report');""")).as("whole, and named by its words")
                    .isTrue();
            // a button to the keyboard: Space opens it as Enter does, and it says whether it is open
            WebElement toggler = officer.driver().findElement(By.cssSelector(".report-toggle .ui-row-toggler"));
            assertThat(toggler.getAttribute("aria-expanded")).isEqualTo("false");
            toggler.sendKeys(Keys.SPACE);
            officer.until(d -> "true".equals(d.findElement(By.cssSelector(".report-toggle .ui-row-toggler"))
                    .getAttribute("aria-expanded")));
            // the report shows its column headings, as it does right after an upload
            officer.until(d -> d.findElements(By.cssSelector(".ui-expanded-row-content thead th")).stream()
                    .anyMatch(th -> th.getText().equals("Line")));

            // stacked on a phone, only an import with a report offers it, saying what it shows
            officer.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            officer.open("app/monitoring/import.xhtml");
            officer.waitForText("historyForm:history_data", "castle.csv");
            for (WebElement row : officer.driver().findElements(By.cssSelector("#historyForm\\:history_data > tr"))) {
                boolean report = !row.findElements(By.cssSelector(".ui-row-toggler")).isEmpty();
                if (report) {
                    assertThat(row.getText()).contains("Show problem report");
                } else {
                    assertThat(row.getText()).as(row.getText()).doesNotContain("Problem report")
                            .doesNotContain("problem report");
                }
            }
            assertThat(officer.text(By.id("historyForm:history_data"))).contains("Show problem report");
        }
    }

    /** The page's status region says {@code words}, read out to a screen reader wherever the focus is. */
    private static void announced(BrowserSession browser, String words) {
        browser.until(d -> String.valueOf(d.findElement(By.id("announcer")).getAttribute("textContent"))
                .contains(words));
    }

    /**
     * Drops a file on the page's upload as a person dragging it from their desktop would: a drop event carrying the
     * file, handled by the upload's own drop handler. (A DataTransfer made in a script has no file-system entries,
     * which that handler asks for first, so the event carries the file list only.)
     */
    private static void drop(BrowserSession session, String name, String content) {
        ((JavascriptExecutor) session.driver()).executeScript(
                "const file = new File([arguments[1]], arguments[0], {type: 'text/csv'});"
                        + " const zone = $(PrimeFaces.escapeClientId('importForm:file'));"
                        + " const carrying = {files: [file], types: ['Files']};"
                        + " for (const type of ['dragenter', 'dragover', 'drop']) {"
                        + "   zone.trigger($.Event(type, {originalEvent: {dataTransfer: carrying, preventDefault() {}, stopPropagation() {}}}));"
                        + " }", name, content);
    }

    /** Submits a form's non-ajax button as the browser does and answers what the browser receives. */
    private static String post(BrowserSession session, String formId, String buttonId) {
        return (String) ((JavascriptExecutor) session.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " const form = document.getElementById(arguments[0]);"
                        + " const data = new FormData(form); data.append(arguments[1], arguments[1]);"
                        + " const body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);"
                        + " fetch(form.action, {method: 'POST', body: body}).then(r => r.arrayBuffer())"
                        + " .then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));",
                formId, buttonId);
    }

    private static int countsWithSource(String source) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from monitoring.municipal_count where source = ?")) {
            s.setString(1, source);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private HttpResponse<String> post(String path, byte[] csv, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()))
                .header("Content-Type", "text/csv")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A session of the Westland officer who has chosen {@code kind} on the import page and dropped {@code file}. */
    private BrowserSession uploadedByOfficer(String kind, Path file) {
        BrowserSession officer = new BrowserSession(base);
        try {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/import.xhtml");
            officer.choose("importForm:kind", kind);
            officer.driver().findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            return officer;
        } catch (RuntimeException | Error failed) {
            officer.close();
            throw failed;
        }
    }

    /** A file of one count of Westland under {@code header} (five columns, in the order of the standard ones). */
    private static Path countsFile(String header) throws IOException {
        Path file = Files.createTempFile("tellingen", ".csv");
        Files.writeString(file, header + "\nGM1783;2024-01-01;10;Soort " + System.nanoTime() + ";wonend\n");
        return file;
    }
}

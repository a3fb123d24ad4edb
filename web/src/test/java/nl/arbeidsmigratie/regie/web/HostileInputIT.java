package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.EL;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.EL_REDIRECT;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.IMG;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.JS_URL;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.SCRIPT;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.SVG;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.editsRow;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.holds;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.noDialogWasCalled;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.savesWithoutDialog;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.showsAgainAsText;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.showsOnlyText;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.spyOnDialogs;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.type;
import static nl.arbeidsmigratie.regie.web.HostileInputBrowserWalk.typeInEditor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.web.HostileInputs.Input;
import nl.arbeidsmigratie.regie.web.Http.Operation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every free-text field of every write operation of the API fed the product's list of hostile inputs
 * ({@code hostile-inputs.txt}): each answer is either a success with the text stored exactly as sent (read back
 * through the API) or a refusal with a problem document naming the field, never a server error. Control
 * characters other than tab, CR and LF (NUL above all, which PostgreSQL cannot store) must be refused with 400.
 * The figures are printed at the end of the run. Then the pages: the main forms of an officer and a coordinator
 * typed full of markup, EL and a {@code javascript:} URL, saved and shown again, show that text as text and open no
 * dialog.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    /** The write operations of the OpenAPI document this walk covers; a new one must be added here. */
    private static final Set<String> WRITES_COVERED = Set.of("POST /api/v1/locations", "POST /api/v1/counts",
            "PUT /api/v1/counts/{id}",
            "POST /api/v1/locations/{id}/occupancy", "PUT /api/v1/locations/{id}/occupancy/{reportId}",
            "POST /api/v1/imports/{kind}",
            // stay thresholds are whole numbers and a version only, refused as such in RestApiIT
            "PUT /api/v1/stay-thresholds",
            // the one free text of a meeting registration and of a poll's guest, the name, is fed hostile input in
            // SessionsApiIT
            "POST /api/v1/sessions/registrations", "PUT /api/v1/sessions/polls/{id}/answers",
            "POST /api/v1/sessions/polls/{id}/guests",
            "DELETE /api/v1/sessions/registrations/{id}", "POST /api/v1/sessions/series/{id}/calendar-feed",
            "DELETE /api/v1/sessions/series/{id}/calendar-feed",
            // ids only
            "DELETE /api/v1/sessions/polls/{id}/guests/{guestId}",
            // strategy's writes: titles, comments and version notes are fed hostile input in StrategyApiIT, section
            // texts hostile markup there; the others carry ids, versions, dates and the same kinds of text
            "POST /api/v1/strategy/documents", "PUT /api/v1/strategy/documents/{id}",
            "POST /api/v1/strategy/documents/{id}/versions", "POST /api/v1/strategy/documents/{id}/versions/{number}/restore",
            "POST /api/v1/strategy/documents/{id}/comments", "POST /api/v1/strategy/documents/{id}/submit",
            "POST /api/v1/strategy/documents/{id}/recall",
            "POST /api/v1/strategy/documents/{id}/send-back", "POST /api/v1/strategy/documents/{id}/adopt",
            "POST /api/v1/strategy/documents/{id}/withdraw", "POST /api/v1/strategy/documents/{id}/new-revision",
            "PUT /api/v1/strategy/sections/{id}", "POST /api/v1/strategy/sections/{id}/figures",
            "POST /api/v1/strategy/comments/{id}/replies", "POST /api/v1/strategy/comments/{id}/resolve",
            "POST /api/v1/strategy/comments/{id}/reopen");

    private static final Set<String> FIELDS = new LinkedHashSet<>();
    private static final Set<String> INPUTS = new LinkedHashSet<>();
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger VERBATIM = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final List<String> ERRORS = new ArrayList<>();
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyWriteOperationOfTheApiIsCoveredByTheWalk() throws Exception {
        List<String> writes = Http.apiOperations(base).stream().filter(o -> !o.method().equals("GET"))
                .map(o -> o.method() + " " + o.path()).distinct().sorted().toList();
        assertThat(writes).as("write operations in the OpenAPI document").containsExactlyInAnyOrderElementsOf(
                WRITES_COVERED);
        // occupancy reports carry only a date and numbers: no free text to feed
        assertThat(Http.apiOperations(base)).contains(new Operation("/api/v1/locations/{id}/occupancy", "POST"));
    }

    @Test
    void everyFreeTextFieldOfALocationStoresOrRefusesEachHostileInput() throws Exception {
        // each field of the JSON and the parameter a refusal names
        Map<String, String> parameters = pairs("name", "name", "address.street", "street", "address.houseNumber",
                "houseNumber", "address.place", "place", "operator", "operator", "certification.certificateNumber",
                "certificateNumber", "permits.number", "permits");
        feedEachHostileInput(parameters.keySet(), (field, input) -> {
            HttpResponse<String> answer = Http.postJson(api("locations"), DEMO_OFFICER.email(),
                    locationJson(Map.of(field, input.text())));
            judge("POST /locations " + field, input, answer, parameters.get(field), created -> {
                String id = (String) Json.at(created, "locationId");
                Object stored = Json.parse(Http.get(api("locations/" + id), DEMO_OFFICER).body());
                return locationField(Json.at(stored, "details"), field);
            });
        });
    }

    @Test
    void theReasonOfAnOccupancyCorrectionStoresOrRefusesEachHostileInput() throws Exception {
        long location = TestData.createdByWestland(base, "locations",
                TestData.locationJson("GM1783", "Correcties " + UUID.randomUUID()), "locationId");
        feedEachHostileInput(List.of("reason"), (field, input) -> {
            LocalDate day = nextDate();
            HttpResponse<String> reported = Http.postJson(api("locations/" + location + "/occupancy"),
                    DEMO_OFFICER.email(), "{\"referenceDate\":\"" + day + "\",\"persons\":3}");
            String report = (String) Json.at(Json.parse(reported.body()), "id");
            HttpResponse<String> answer = Http.send("PUT", api("locations/" + location + "/occupancy/" + report),
                    Http.tokenFor(DEMO_OFFICER.email()), "application/json", "{\"figures\":{\"referenceDate\":\""
                            + day + "\",\"persons\":4},\"reason\":" + Json.quoted(input.text()) + "}");
            judge("PUT /locations/{id}/occupancy/{reportId} reason", input, answer, field,
                    corrected -> Json.at(corrected, "reason"));
        });
    }

    @Test
    void theReasonOfACountCorrectionStoresOrRefusesEachHostileInput() throws Exception {
        feedEachHostileInput(List.of("reason"), (field, input) -> {
            String figures = "{\"municipalityCode\":\"GM1783\",\"referenceDate\":\"" + nextDate() + "\","
                    + "\"registeredBrp\":7,\"source\":\"Correctie\",\"definition\":\"LIVING_IN\"}";
            String count = (String) Json.at(Json.parse(Http.postJson(api("counts"), DEMO_OFFICER.email(), figures)
                    .body()), "id");
            HttpResponse<String> answer = Http.send("PUT", api("counts/" + count), Http.tokenFor(DEMO_OFFICER.email()),
                    "application/json", "{\"figures\":" + figures.replace("\"registeredBrp\":7", "\"registeredBrp\":8")
                            + ",\"reason\":" + Json.quoted(input.text()) + "}");
            judge("PUT /counts/{id} reason", input, answer, field, corrected -> Json.at(corrected, "reason"));
        });
    }

    @Test
    void everyFreeTextFieldOfACountStoresOrRefusesEachHostileInput() throws Exception {
        feedEachHostileInput(CountTexts.FIELDS, (field, input) -> {
            CountTexts texts = new CountTexts(field, input.text());
            HttpResponse<String> answer = Http.postJson(api("counts"), DEMO_OFFICER.email(),
                    "{\"municipalityCode\":\"GM1783\",\"referenceDate\":\"" + nextDate() + "\",\"registeredBrp\":7,"
                            + "\"source\":" + Json.quoted(texts.source()) + ",\"method\":" + Json.quoted(texts.method())
                            + ",\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,\"longStayMonths\":12}");
            judge("POST /counts " + field, input, answer, field, created -> {
                String id = (String) Json.at(created, "id");
                return countField(view -> id.equals(Json.at(view, "id")), field);
            });
        });
    }

    @Test
    void everyTextCellOfACountsImportStoresOrRefusesEachHostileInput() throws Exception {
        feedEachHostileInput(CountTexts.FIELDS, (column, input) -> {
            CountTexts texts = new CountTexts(column, input.text());
            String csv = "municipality_code,reference_date,registered_brp,source,method,definition\r\n"
                    + String.join(",", cell("GM1783"), cell(nextDate().toString()), cell("7"), cell(texts.source()),
                    cell(texts.method()), cell("LIVING_IN")) + "\r\n";
            HttpResponse<String> answer = Http.post(api("imports/counts?name=hostile.csv"), DEMO_OFFICER.email(),
                    "text/csv", csv);
            judge("POST /imports/counts " + column, input, answer, column, imported -> countField(
                    view -> texts.marker().equals(Json.at(view, "figures", texts.other())), column));
        });
    }

    @Test
    void everyTextCellOfALocationsImportStoresOrRefusesEachHostileInput() throws Exception {
        // each column of the file and the field of the JSON it is read back from
        Map<String, String> fields = pairs("name", "name", "street", "address.street", "house_number",
                "address.houseNumber", "place", "address.place", "operator", "operator", "certificate_number",
                "certification.certificateNumber");
        feedEachHostileInput(fields.keySet(), (column, input) -> {
            String bagId = bagId();
            Map<String, String> row = pairs("municipality_code", "GM1783", "bag_id", bagId,
                    "name", "Hostile walk " + UUID.randomUUID(), "housing_form", "HOUSING_UNITS", "status", "ACTIVE",
                    "quality_mark", "SNF");
            row.put(column, input.text());
            String csv = String.join(",", row.keySet()) + "\r\n"
                    + String.join(",", row.values().stream().map(HostileInputIT::cell).toList()) + "\r\n";
            HttpResponse<String> answer = Http.post(api("imports/locations?name=hostile.csv"), DEMO_OFFICER.email(),
                    "text/csv", csv);
            judge("POST /imports/locations " + column, input, answer, column, imported -> {
                Object list = Json.parse(Http.get(api("locations?municipality=GM1783"), DEMO_OFFICER).body());
                for (Object view : (List<?>) list) {
                    if (bagId.equals(Json.at(view, "details", "bagId"))) {
                        return locationField(Json.at(view, "details"), fields.get(column));
                    }
                }
                return null;
            });
        });
    }

    @Test
    void anOfficersLocationAndCountFormsShowHostileTextAsText() throws Exception {
        String run = "Vijandig " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.open("app/monitoring/locations.xhtml");
            officer.click(By.id("locations:new"));
            String name = run + " " + SCRIPT + " " + EL;
            type(officer, "locationForm:name", name);
            type(officer, "locationForm:operator", IMG);
            type(officer, "locationForm:street", SVG);
            type(officer, "locationForm:houseNumber", "5");
            type(officer, "locationForm:place", EL_REDIRECT);
            officer.choose("locationForm:mark", "SNF");
            type(officer, "locationForm:certificate", JS_URL);
            savesWithoutDialog(officer, "locationForm:save", "locations:table_data", run);

            // The list is paged and other tests add Westland's locations: open this one's page by its id.
            showsAgainAsText(officer, "app/monitoring/locations.xhtml?location=" + westlandLocationNamed(name),
                    "locations:table_data", run, name, SVG + " 5, " + EL_REDIRECT);
            editsRow(officer, "locations:table_data", run, "locationForm:name");
            holds(officer, "locationForm:name", name);
            holds(officer, "locationForm:operator", IMG);
            holds(officer, "locationForm:street", SVG);
            holds(officer, "locationForm:place", EL_REDIRECT);
            holds(officer, "locationForm:certificate", JS_URL);
            showsOnlyText(officer, name);

            officer.open("app/monitoring/inspections.xhtml");
            officer.click(By.id("inspections:newInspection"));
            officer.choose("inspectionForm:location", name);
            type(officer, "inspectionForm:inspectedOn_input", LocalDate.now().minusDays(2).toString());
            String inspector = "Inspecteur " + run + " " + IMG;
            String findings = SVG + " " + EL_REDIRECT + " " + JS_URL;
            type(officer, "inspectionForm:inspector", inspector);
            type(officer, "inspectionForm:findings", findings);
            savesWithoutDialog(officer, "inspectionForm:save", "inspections:inspectionTable_data", run);

            officer.click(By.id("inspections:newSignal"));
            type(officer, "signalForm:signalledOn_input", LocalDate.now().minusDays(1).toString());
            String place = "Plaats " + run + " " + EL;
            String signalSource = SCRIPT + " " + EL_REDIRECT;
            String signalText = "Melding " + run + " " + IMG + " " + SVG + " " + JS_URL;
            type(officer, "signalForm:place", place);
            type(officer, "signalForm:postcode", "2671ab");
            type(officer, "signalForm:source", signalSource);
            type(officer, "signalForm:text", signalText);
            savesWithoutDialog(officer, "signalForm:save", "inspections:signalTable_data", "Melding " + run);
            showsAgainAsText(officer, "app/monitoring/inspections.xhtml", "inspections:signalTable_data",
                    "Melding " + run, name, inspector, findings, place, signalSource, signalText);

            officer.open("app/monitoring/counts.xhtml");
            officer.click(By.id("counts:new"));
            String source = run + " " + SCRIPT + " " + EL_REDIRECT;
            String method = IMG + " " + SVG + " " + EL + " " + JS_URL;
            type(officer, "countForm:referenceDate_input", "2018-05-01");
            type(officer, "countForm:brp_input", "12");
            type(officer, "countForm:source", source);
            type(officer, "countForm:method", method);
            savesWithoutDialog(officer, "countForm:save", "counts:table_data", run);
            showsAgainAsText(officer, "app/monitoring/counts.xhtml", "counts:table_data", run, source, method);
        }
    }

    @Test
    void aCoordinatorsRegionEditionAndNewsletterFormsShowHostileTextAsText() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open("app/registration/regions.xhtml");
            String region = "Regio " + run + " " + SCRIPT + " " + EL;
            type(coordinator, "regions:newName", region);
            savesWithoutDialog(coordinator, "regions:create", "regions:table", run);
            showsAgainAsText(coordinator, "app/registration/regions.xhtml", "regions:table", run, region);

            String title = "Leerkring " + run + " " + SCRIPT + " " + IMG;
            String description = SVG + " " + EL + " " + EL_REDIRECT;
            String edition = defineEdition(coordinator, run, title, description, JS_URL);
            showsAgainAsText(coordinator, "app/registration/editions.xhtml", "list:table_data", run, title);
            editsRow(coordinator, "list:table_data", run, "editForm:title");
            holds(coordinator, "editForm:title", title);
            holds(coordinator, "editForm:description", description);
            holds(coordinator, "editForm:targetGroup", JS_URL);
            coordinator.open("circle.xhtml?edition=" + edition);
            showsOnlyText(coordinator, title, description);

            coordinator.open("app/registration/newsletter.xhtml");
            coordinator.click(By.id("issues:new"));
            String subject = "Nieuwsbrief " + run + " " + SCRIPT + " " + EL + " " + IMG;
            type(coordinator, "editForm:subject", subject);
            typeInEditor(coordinator, "editForm:body", "Hallo " + SVG + " " + EL_REDIRECT);
            savesWithoutDialog(coordinator, "editForm:save", "issues:table", run);
            showsAgainAsText(coordinator, "app/registration/newsletter.xhtml", "issues:table", run, subject);
        } finally {
            forget(run);
        }
    }

    @Test
    void theAccountDialogTheEnrolmentFormAndTheNewsletterSubscriptionShowHostileTextAsText() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "hostile-" + run + "@example.org";
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open("app/registration/accounts.xhtml");
            coordinator.click(By.id("list:create"));
            String displayName = "Medewerker " + run + " " + SCRIPT + " " + EL + " " + IMG;
            type(coordinator, "accountForm:email", email);
            type(coordinator, "accountForm:displayName", displayName);
            coordinator.choose("accountForm:municipality", "Delft (GM0503, Zuid-Holland)");
            savesWithoutDialog(coordinator, "accountForm:save", "list:messages", email);
            showsAgainAsText(coordinator, "app/registration/accounts.xhtml", "list:table_data", email, displayName);

            String edition = defineEdition(coordinator, run, "Leerkring " + run, "Bijeenkomsten", "Gemeenten");
            String contactName = "Contact " + run + " " + SCRIPT + " " + EL;
            String bottlenecks = "In de kassen werken duizenden arbeidsmigranten, maar we weten niet waar ze wonen. "
                    + IMG + " " + SVG + " " + EL_REDIRECT + " " + JS_URL;
            try (BrowserSession officer = new BrowserSession(base)) {
                officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
                officer.open("circle.xhtml?edition=" + edition);
                type(officer, "enrol:contactName", contactName);
                type(officer, "enrol:contactEmail", "contact-" + run + "@example.org");
                officer.click(By.cssSelector("label[for='enrol:policyPhase:1']"));
                officer.click(By.cssSelector("label[for='enrol:learningGoals:0']"));
                type(officer, "enrol:bottlenecks", bottlenecks);
                officer.click(By.cssSelector("#enrol\\:committed .ui-chkbox-box"));
                spyOnDialogs(officer);
                officer.click(By.id("enrol:submit"));
                officer.until(ExpectedConditions.urlContains("app/registration/enrolments.xhtml"));
                noDialogWasCalled(officer);
                showsOnlyText(officer, contactName);
            }
            showsAgainAsText(coordinator, "app/registration/enrolments.xhtml?edition=" + edition, "list:table_data",
                    run, contactName, bottlenecks);
        } finally {
            forget(run);
        }
        try (BrowserSession visitor = new BrowserSession(base)) {
            visitor.open("newsletter.xhtml");
            type(visitor, "subscribe:email", email);
            type(visitor, "subscribe:name", "Lezer " + run + " " + SCRIPT + " " + EL + " " + IMG + " " + SVG);
            visitor.click(By.cssSelector("#subscribe\\:consent .ui-chkbox-box"));
            spyOnDialogs(visitor);
            visitor.click(By.id("subscribe:submit"));
            visitor.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-mailbox")));
            noDialogWasCalled(visitor);
            showsOnlyText(visitor);
        } finally {
            forget(run);
        }
    }

    /** Defines an open edition of the learning circle on the coordinator's page and returns its id. */
    private static String defineEdition(BrowserSession coordinator, String run, String title, String description,
                                        String target) {
        DateTimeFormatter picker = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        coordinator.open("app/registration/editions.xhtml");
        coordinator.click(By.id("list:new"));
        type(coordinator, "editForm:title", title);
        type(coordinator, "editForm:description", description);
        type(coordinator, "editForm:targetGroup", target);
        type(coordinator, "editForm:capacity_input", "10");
        type(coordinator, "editForm:opensOn_input", picker.format(LocalDate.now().minusDays(1)));
        type(coordinator, "editForm:closesOn_input", picker.format(LocalDate.now().plusDays(30)));
        spyOnDialogs(coordinator);
        coordinator.click(By.id("editForm:save"));
        coordinator.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        noDialogWasCalled(coordinator);
        String href = coordinator.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='list:table_data']/tr[contains(., '" + run + "')]//a[contains(@id, ':public')]")))
                .getAttribute("href");
        return href.substring(href.indexOf("edition=") + "edition=".length());
    }

    /** Removes what a page walk made, so no other test finds it. */
    private static void forget(String run) {
        try (Connection db = TestDatabase.connect()) {
            for (String delete : List.of("delete from registration.region where name like ?",
                    "delete from registration.account where email like ?",
                    "delete from registration.subscriber where email like ?",
                    "delete from registration.enrolment where edition_id in "
                            + "(select id from registration.edition where title like ?)",
                    "delete from registration.newsletter_issue where subject like ?",
                    "delete from registration.edition where title like ?")) {
                try (PreparedStatement statement = db.prepareStatement(delete)) {
                    statement.setString(1, "%" + run + "%");
                    statement.executeUpdate();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not remove the walk's regions, editions and issues", e);
        }
    }

    @AfterAll
    static void printFigures() {
        System.out.printf("[hostile inputs] %d fields × %d inputs tried, %d stored verbatim, %d refused with a message, "
                + "%d errors%n", FIELDS.size(), INPUTS.size(), VERBATIM.get(), REFUSED.get(), ERRORS.size());
        System.out.printf("[hostile inputs] pages: %d form fields typed with script tags, event handlers, EL and "
                + "javascript: URLs, shown again as text, 0 dialogs opened%n", HostileInputBrowserWalk.TYPED.get());
        ERRORS.forEach(error -> System.out.println("[hostile inputs] " + error));
        assertThat(ERRORS).as("answers that neither stored the text as sent nor refused it with a message").isEmpty();
        assertThat(VERBATIM.get() + REFUSED.get()).isEqualTo(TRIED.get());
    }

    /** One try: sends {@code input} in {@code field} and judges the answer. */
    @FunctionalInterface
    private interface Attempt {
        void send(String field, Input input) throws Exception;
    }

    /** Tries every hostile input in each of {@code fields}, one field after the other. */
    private static void feedEachHostileInput(Iterable<String> fields, Attempt attempt) throws Exception {
        for (String field : fields) {
            for (Input input : HostileInputs.all()) {
                attempt.send(field, input);
            }
        }
    }

    /** A count's two free texts: the hostile one in {@code field}, a unique marker in the other. */
    private record CountTexts(String field, String hostile, String marker) {

        static final List<String> FIELDS = List.of("source", "method");

        CountTexts(String field, String hostile) {
            this(field, hostile, "Hostile walk " + UUID.randomUUID());
        }

        String source() {
            return field.equals("source") ? hostile : marker;
        }

        String method() {
            return field.equals("method") ? hostile : marker;
        }

        /** The text that holds the marker. */
        String other() {
            return field.equals("source") ? "method" : "source";
        }
    }

    /** Keys and values in turn, kept in the order given. */
    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return pairs;
    }

    /** What a stored record's field holds, given the success answer; null when it cannot be found. */
    @FunctionalInterface
    private interface ReadBack {
        Object read(Object answer) throws Exception;
    }

    /**
     * Success must store the text exactly; refusal must be a 4xx problem document naming {@code parameter} or the
     * field's path in the body (a 422 import report naming the column); a control character must be refused; anything
     * else is an error.
     */
    private static void judge(String field, Input input, HttpResponse<String> answer, String parameter, ReadBack readBack) {
        String what = field + " ← " + input.label() + ": ";
        synchronized (FIELDS) {
            FIELDS.add(field);
            INPUTS.add(input.label());
        }
        TRIED.incrementAndGet();
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        try {
            if (status >= 200 && status < 300) {
                if (input.hasControlCharacter()) {
                    error(what + status + " for a control character that must be refused");
                    return;
                }
                Object stored = readBack.read(Json.parse(answer.body()));
                if (input.text().equals(stored)) {
                    VERBATIM.incrementAndGet();
                } else {
                    error(what + "stored as " + abbreviated(String.valueOf(stored)));
                }
            } else if (status >= 400 && status < 500 && type.startsWith("application/problem+json")) {
                Object problem = Json.parse(answer.body());
                String detail = String.valueOf(Json.at(problem, "detail"));
                if (status == 422) {
                    List<?> problems = (List<?>) Json.at(problem, "problems");
                    boolean named = problems != null && problems.stream().anyMatch(p ->
                            parameter.equals(Json.at(p, "column")) && Json.at(p, "detail") != null);
                    if (!named) {
                        error(what + "422 without a problem naming the column: " + abbreviated(answer.body()));
                        return;
                    }
                    detail = String.valueOf(Json.at(problems.get(0), "detail"));
                } else if (!parameter.equals(Json.at(problem, "parameter"))
                        && !field.substring(field.lastIndexOf(' ') + 1).equals(
                                String.valueOf(Json.at(problem, "parameter")).replaceAll("\\[\\d+]", ""))) {
                    // the rule's own name for the field, or its path in the JSON body (permits[0].number)
                    error(what + status + " naming " + Json.at(problem, "parameter") + " instead of " + parameter
                            + ": " + abbreviated(answer.body()));
                    return;
                }
                if (detail.isBlank() || detail.equals("null")) {
                    error(what + status + " without a message");
                } else if (input.hasControlCharacter() && !detail.toLowerCase().contains("control")) {
                    error(what + status + " refused, but not for its control character: " + detail);
                } else if (input.text().length() > 1000 && !detail.toLowerCase().contains("long")) {
                    error(what + status + " refused, but not for its length: " + detail);
                } else {
                    REFUSED.incrementAndGet();
                }
            } else {
                error(what + status + " " + type + " " + abbreviated(answer.body()));
            }
        } catch (Exception e) {
            error(what + status + ", answer unreadable (" + e + "): " + abbreviated(answer.body()));
        }
    }

    private static void error(String message) {
        synchronized (ERRORS) {
            ERRORS.add(message);
        }
    }

    private Object countField(java.util.function.Predicate<Object> which, String field) throws Exception {
        Object list = Json.parse(Http.get(api("counts?municipality=GM1783"), DEMO_OFFICER).body());
        for (Object view : (List<?>) list) {
            if (which.test(view)) {
                return Json.at(view, "figures", field);
            }
        }
        return null;
    }

    private static Object locationField(Object details, String path) {
        return switch (path) {
            case "permits.number" -> Json.at(details, "permits", 0, "number");
            default -> Json.at(details, (Object[]) path.split("\\."));
        };
    }

    /** A location whose texts are all plain except those in {@code texts} (dotted paths as in the JSON). */
    private static String locationJson(Map<String, String> texts) {
        Function<String, String> t = path -> Json.quoted(texts.getOrDefault(path, defaultText(path)));
        return "{\"municipalityCode\":\"GM1783\",\"name\":" + t.apply("name") + ","
                + "\"address\":{\"street\":" + t.apply("address.street") + ",\"houseNumber\":"
                + t.apply("address.houseNumber") + ",\"postcode\":\"2671 AB\",\"place\":" + t.apply("address.place")
                + "},\"housingForm\":\"HOUSING_UNITS\",\"status\":\"ACTIVE\","
                + "\"facilities\":{\"beds\":4,\"floorArea\":60,\"bedrooms\":2,\"toilets\":1,\"showers\":1},"
                + "\"certification\":{\"mark\":\"SNF\",\"certificateNumber\":"
                + t.apply("certification.certificateNumber") + "},"
                + "\"operator\":" + t.apply("operator") + ","
                + "\"permits\":[{\"kind\":\"VERHUURVERGUNNING\",\"number\":" + t.apply("permits.number") + "}]}";
    }

    private static String defaultText(String path) {
        return switch (path) {
            case "name" -> "Hostile walk " + UUID.randomUUID();
            case "address.street" -> "Teststraat";
            case "address.houseNumber" -> "3";
            case "address.place" -> "Naaldwijk";
            case "operator" -> "Uitzendbureau Test";
            case "certification.certificateNumber" -> "SNF-1234";
            default -> "VV-2026-1";
        };
    }

    /** A CSV cell of {@code text}, always quoted (RFC 4180). */
    private static String cell(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A reference date in the past, one not used before in this run. */
    private static LocalDate nextDate() {
        return LocalDate.of(2001, 1, 1).plusDays(DAYS.getAndIncrement());
    }

    private static String bagId() {
        // a Westland address: an officer's BAG id lies in their own municipality
        return "1783%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static String abbreviated(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "�");
        return printable.length() > 300 ? printable.substring(0, 300) + "…" : printable;
    }

    private Object westlandLocationNamed(String name) throws Exception {
        for (Object view : (List<?>) Json.parse(Http.get(api("locations?municipality=GM1783"), DEMO_OFFICER).body())) {
            if (name.equals(Json.at(view, "details", "name"))) {
                return Json.at(view, "locationId");
            }
        }
        throw new AssertionError("no Westland location named " + name);
    }

    private URI api(String path) {
        return URI.create(base + "api/v1/" + path);
    }
}

package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an officer sees of other municipalities through the API, and the size limits of request bodies: another
 * municipality's record by id answers exactly like a missing one, contacts of others come without email and phone,
 * small occupancy is withheld from the regional picture, and an oversize body is refused with 413 storing nothing;
 * a monitoring page's link that names another municipality shows the officer's own and says so.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerScopeIT {

    private static final String DELFT_OFFICER = "officer.delft@officer-scope.example";
    /** Far beyond any id this test run creates. */
    private static final long FAR = 1_000_000_000L;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void delftHasAnOfficer() throws SQLException {
        TestData.delftOfficer(DELFT_OFFICER);
    }

    @Test
    void aLocationAskedAsKnownBeforeItWasRecordedIsNotFoundTheSameWayForItsNormCheck() throws Exception {
        long location = westlandLocation("Nog niet " + UUID.randomUUID(), null);
        for (String path : List.of("/api/v1/locations/{id}", "/api/v1/locations/{id}/norm-check")) {
            HttpResponse<String> before = Http.getWith(api(path + "?asKnownOn=2020-01-01", location),
                    "Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()), "Accept-Language", "nl");
            assertThat(before.statusCode()).as(path).isEqualTo(404);
            assertThat(before.body()).as(path).contains("\"parameter\":\"asKnownOn\"",
                    "Deze locatie was op dat moment nog niet vastgelegd.").doesNotContain("2020-01-01T");
        }
    }

    @Test
    void anOfficersImportTemplateHasAnExampleRowOfTheirOwnMunicipality() throws Exception {
        URI locations = URI.create(base + "api/v1/imports/locations/template");
        String delft = Http.get(locations, DELFT_OFFICER).body();
        assertThat(delft.lines().skip(1).findFirst().orElseThrow()).startsWith("GM0503;0503").doesNotContain("1783");
        assertThat(Http.get(URI.create(base + "api/v1/imports/counts/template"), DELFT_OFFICER).body()
                .lines().skip(1).findFirst().orElseThrow()).startsWith("GM0503;");
        assertThat(Http.get(locations, DEMO_OFFICER).body().lines().skip(1).findFirst().orElseThrow())
                .startsWith("GM1783;1783");
    }

    @Test
    void anotherMunicipalitysRecordByIdIsAnsweredExactlyLikeAMissingOne() throws Exception {
        long location = westlandLocation("Scope " + UUID.randomUUID(), null);
        HttpResponse<String> reported = westland("locations/" + location + "/occupancy",
                "{\"referenceDate\":\"2025-05-01\",\"persons\":9}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        long report = number("id", reported.body());
        HttpResponse<String> counted = westland("counts", "{\"municipalityCode\":\"GM1783\",\"referenceDate\":"
                + "\"2025-05-01\",\"registeredBrp\":7,\"source\":\"Scope\",\"definition\":\"LIVING_IN\","
                + "\"shortStayMonths\":4,\"longStayMonths\":12}");
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(201);
        long count = number("id", counted.body());

        // what can be read by id (a correction is walked in MonitoringSecurityIT)
        List<String> byId = Http.apiOperations(base).stream().filter(o -> o.method().equals("GET"))
                .map(Http.Operation::path).distinct()
                .filter(p -> p.contains("{id}") && p.matches("/api/v1/(locations|counts)/.*")).toList();
        assertThat(byId).contains("/api/v1/locations/{id}", "/api/v1/locations/{id}/changes",
                "/api/v1/locations/{id}/occupancy", "/api/v1/locations/{id}/occupancy/{reportId}",
                "/api/v1/locations/{id}/norm-check", "/api/v1/counts/{id}", "/api/v1/counts/{id}/changes");
        for (String path : byId) {
            long existing = path.startsWith("/api/v1/counts/") ? count : location;
            HttpResponse<String> other = Http.get(api(path, existing, report), DELFT_OFFICER);
            HttpResponse<String> missing = Http.get(api(path, existing + FAR, report + FAR), DELFT_OFFICER);
            assertThat(other.statusCode()).as(path).isEqualTo(404).isEqualTo(missing.statusCode());
            // a report asked for is the record the answer names
            long named = path.contains("{reportId}") ? report : existing;
            assertSameAnswer(path, other, named, missing, named + FAR);
        }
        String occupancy = "{\"referenceDate\":\"2025-06-01\",\"persons\":4}";
        HttpResponse<String> other = Http.postJson(api("/api/v1/locations/{id}/occupancy", location), DELFT_OFFICER, occupancy);
        HttpResponse<String> missing = Http.postJson(api("/api/v1/locations/{id}/occupancy", location + FAR),
                DELFT_OFFICER, occupancy);
        assertThat(other.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertSameAnswer("POST occupancy", other, location, missing, location + FAR);
        try (Connection db = TestDatabase.connect()) {
            assertThat(count(db, "select count(*) from monitoring.occupancy_report where location_id = ?", location))
                    .isEqualTo(1);
        }
        // Westland's own officer still reads it
        assertThat(Http.get(api("/api/v1/locations/{id}", location), DEMO_OFFICER).statusCode()).isEqualTo(200);
    }

    @Test
    void anOfficerFollowingALinkToAnotherMunicipalitysPageSeesTheirOwnAndIsToldSo() throws Exception {
        PageClient westland = PageClient.signedIn(base, DEMO_OFFICER.email(), DEMO_OFFICER.password());
        for (String page : List.of("app/monitoring/locations.xhtml", "app/monitoring/counts.xhtml",
                "app/monitoring/inspections.xhtml", "app/monitoring/import.xhtml")) {
            PageClient.Page delft = westland.get(page + "?municipality=GM0503");
            assertThat(delft.status()).as(page).isEqualTo(200);
            assertThat(delft.body()).as(page).contains("alleen uw eigen gemeente, niet Delft.");
            assertThat(westland.get(page + "?municipality=GM1783").body()).as(page + ", its own")
                    .doesNotContain("alleen uw eigen gemeente");
        }
    }

    @Test
    void anOfficerSeesAnotherMunicipalitysContactsWithoutEmailAndPhone() throws Exception {
        String name = "Contact " + UUID.randomUUID();
        try (Connection db = TestDatabase.connect()) {
            for (String code : List.of("GM0537", "GM1783")) {
                try (PreparedStatement insert = db.prepareStatement("insert into registration.contact "
                        + "(municipality_code, name, function, policy_field, email, phone) values (?, ?, "
                        + "'Beleidsadviseur', 'HOUSING', ?, '071 406 5002')")) {
                    insert.setString(1, code);
                    insert.setString(2, name);
                    insert.setString(3, code.toLowerCase() + ".contact@scope.example");
                    insert.executeUpdate();
                }
            }
        }
        try {
            for (String uri : List.of("municipalities/GM0537", "municipalities?name=Katwijk")) {
                String body = Http.get(URI.create(base + "api/v1/" + uri), DEMO_OFFICER).body();
                assertThat(body).as(uri).contains(name, "HOUSING").doesNotContain("gm0537.contact@scope.example")
                        .doesNotContain("071 406 5002").doesNotContain("Beleidsadviseur");
                assertThat(Http.get(URI.create(base + "api/v1/" + uri), DEMO_COORDINATOR).body()).as(uri)
                        .contains(name, "gm0537.contact@scope.example", "071 406 5002", "Beleidsadviseur");
            }
            HttpResponse<String> none = Http.getWith(URI.create(base + "api/v1/municipalities/GM9999"),
                    "Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()), "Accept-Language", "nl");
            assertThat(none.statusCode()).isEqualTo(404);
            assertThat(none.body()).as("in the caller's language").contains("Deze gemeente bestaat niet.");
            assertThat(Http.get(URI.create(base + "api/v1/municipalities/GM1783"), DEMO_OFFICER).body())
                    .as("their own municipality in full")
                    .contains(name, "gm1783.contact@scope.example", "071 406 5002", "Beleidsadviseur");
        } finally {
            try (Connection db = TestDatabase.connect();
                 PreparedStatement delete = db.prepareStatement("delete from registration.contact where name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void theRegionalPictureWithholdsSmallOccupancyFromAllButCoordinators() throws Exception {
        // a date no other test reports on: Westland's occupancy then is this location's 3 persons alone (opened by
        // then: a location without an opening date would count only from its registration today)
        long location = westlandLocation("Klein " + UUID.randomUUID(), "1995-01-01");
        assertThat(westland("locations/" + location + "/occupancy", "{\"referenceDate\":\"1995-03-01\",\"persons\":3}")
                .statusCode()).isEqualTo(201);
        URI picture = URI.create(base + "api/v1/regional-picture?region=Haaglanden&date=1995-03-02");

        String coordinator = Http.get(picture, DEMO_COORDINATOR).body();
        assertThat(westlandCell(coordinator)).contains("\"occupancy\":3").contains("\"occupancyWithheld\":false");
        for (String officer : List.of(DELFT_OFFICER, DEMO_OFFICER.email())) {
            HttpResponse<String> seen = Http.get(picture, officer);
            assertThat(seen.statusCode()).isEqualTo(200);
            assertThat(westlandCell(seen.body())).as(officer).doesNotContainPattern("\"occupancy\":\\d")
                    .contains("\"occupancyWithheld\":true");
            Matcher total = Pattern.compile("\"regionTotal\":\\{[^{}]*}").matcher(seen.body());
            assertThat(total.find()).isTrue();
            assertThat(total.group()).as("the total would give Westland's 3 back").contains("\"beds\":")
                    .doesNotContainPattern("\"occupancy\":\\d");
        }
    }

    @Test
    void anOversizeImportIsRefusedWith413AndImportsNothing() throws Exception {
        String marker = "Te groot " + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("municipality_code,reference_date,registered_brp,source,definition\n");
        String row = "GM1783,2025-06-01,1," + marker + ",LIVING_IN\n";
        while (csv.length() <= 20 * 1024 * 1024) {
            csv.append(row);
        }
        HttpResponse<String> refused = Http.post(URI.create(base + "api/v1/imports/counts?name=groot.csv"),
                DEMO_OFFICER.email(), "text/csv", csv.toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":413", "20971520 bytes (20 MB)");

        HttpResponse<String> json = westland("counts", "{\"municipalityCode\":\"GM1783\",\"referenceDate\":"
                + "\"2025-06-01\",\"registeredBrp\":1,\"source\":\"" + marker + "\",\"method\":\""
                + "x".repeat(70_000) + "\",\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,\"longStayMonths\":12}");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.body()).contains("65536 bytes (64 KB)");
        try (Connection db = TestDatabase.connect()) {
            assertThat(count(db, "select count(*) from monitoring.municipal_count where source = ?", marker)).isZero();
        }
    }

    @Test
    void aRefusedImportNamesTheLimitItBroke() throws Exception {
        String csv = "municipality_code,reference_date,registered_brp,source,definition\n"
                + "GM1783,2025-06-01,1," + "b".repeat(301) + ",LIVING_IN\n";

        HttpResponse<String> refused = Http.post(URI.create(base + "api/v1/imports/counts?name=lang.csv"),
                DEMO_OFFICER.email(), "text/csv", csv);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("300").doesNotContain("{0}");
    }

    private long westlandLocation(String name, String openedOn) throws Exception {
        HttpResponse<String> created = westland("locations", "{\"municipalityCode\":\"GM1783\",\"name\":\"" + name
                + "\",\"housingForm\":\"HOUSING_UNITS\",\"status\":\"ACTIVE\""
                + (openedOn == null ? "" : ",\"openedOn\":\"" + openedOn + "\"")
                + ",\"facilities\":{\"beds\":10,\"floorArea\":150,\"bedrooms\":5,\"toilets\":2,\"showers\":2}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return number("locationId", created.body());
    }

    private HttpResponse<String> westland(String path, String json) throws Exception {
        return Http.postJson(URI.create(base + "api/v1/" + path), DEMO_OFFICER.email(), json);
    }

    private URI api(String path, long id) {
        return URI.create(base + path.substring(1).replace("{id}", String.valueOf(id)));
    }

    /** {@link #api(String, long)} for a path that may name a report of the location as well. */
    private URI api(String path, long id, long reportId) {
        return api(path.replace("{reportId}", String.valueOf(reportId)), id);
    }

    /** The same status, type and body, the id in it aside. */
    private static void assertSameAnswer(String what, HttpResponse<String> other, long otherId,
                                         HttpResponse<String> missing, long missingId) {
        assertThat(other.headers().firstValue("Content-Type")).as(what)
                .isEqualTo(missing.headers().firstValue("Content-Type"));
        // the id as a whole number only: id 4 must not turn the status 404 into {id}0{id}
        assertThat(other.body().replaceAll("(?<!\\d)" + otherId + "(?!\\d)", "{id}")).as(what)
                .isEqualTo(missing.body().replaceAll("(?<!\\d)" + missingId + "(?!\\d)", "{id}"));
    }

    private static String westlandCell(String picture) {
        Matcher cell = Pattern.compile("\\{[^{}]*\"code\":\"GM1783\"[^{}]*}").matcher(picture);
        assertThat(cell.find()).as(picture).isTrue();
        return cell.group();
    }

    private static long number(String field, String json) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long count(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

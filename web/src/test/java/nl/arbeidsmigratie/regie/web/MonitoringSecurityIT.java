package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
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
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Westland's monitoring data walked as an officer of another municipality (Delft) through every endpoint of the
 * OpenAPI document and the pages, and written to as that officer and as an auditor: all refused, nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringSecurityIT {

    private static final String DELFT_OFFICER = "officer.delft@monitoring-security.example";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String secret;
    private long location;
    private long count;
    private long report;

    @BeforeEach
    void westlandHasALocationAndDelftAnOfficer() throws Exception {
        secret = "Geheime locatie " + UUID.randomUUID();
        TestData.delftOfficer(DELFT_OFFICER);
        location = TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", secret), "locationId");
        HttpResponse<String> reported = Http.postJson(api("locations/" + location + "/occupancy"),
                DEMO_OFFICER.email(), "{\"referenceDate\":\"2025-05-01\",\"persons\":3}");
        assertThat(reported.statusCode()).isEqualTo(201);
        report = Long.parseLong((String) Json.at(Json.parse(reported.body()), "id"));
        count = TestData.createdByWestland(base, "counts", TestData.countJson("GM1783", secret), "id");
    }

    @Test
    void noMonitoringEndpointShowsWestlandsLocationToAnOfficerOfDelft() throws Exception {
        List<String> paths = Http.apiPaths(base);
        assertThat(paths).contains("/api/v1/locations", "/api/v1/locations/{id}", "/api/v1/locations/{id}/changes",
                "/api/v1/locations/{id}/occupancy", "/api/v1/locations/{id}/occupancy/{reportId}",
                "/api/v1/locations/{id}/norm-check", "/api/v1/counts", "/api/v1/counts/{id}");
        for (Http.Operation operation : Http.apiOperations(base)) {
            String path = operation.path();
            if (!operation.method().equals("GET")) {
                continue;
            }
            for (String kind : path.contains("{kind}") ? List.of("counts", "locations", "occupancy") : List.of("")) {
                String id = String.valueOf(path.startsWith("/api/v1/counts/") ? count : location);
                String concrete = path.replace("{kind}", kind).replace("{reportId}", String.valueOf(report))
                        .replaceAll("\\{[^}]+}", id);
                // Westland's, where the operation asks for a municipality
                URI uri = api(concrete.substring("/api/v1/".length())
                        + (operation.query().contains("municipality") ? "?municipality=GM1783" : ""));
                HttpResponse<String> response = Http.get(uri, DELFT_OFFICER);
                assertThat(response.statusCode()).as(concrete).isNotEqualTo(500).isNotEqualTo(401);
                assertThat(response.body()).as(concrete + " leaks Westland's location").doesNotContain(secret);
                // strategy's paths take a document's id, not a location's: StrategyApiIT walks them with one
                if (!Http.OPEN_TO_ALL_SIGNED_IN.matcher(path).matches() && !path.startsWith("/api/v1/strategy/")) {
                    assertThat(response.statusCode()).as(concrete).isEqualTo(path.contains("{id}") ? 404 : 403);
                }
            }
        }
        assertThat(Http.get(api("locations?municipality=GM1783"), DEMO_OFFICER).body()).contains(secret);
        assertThat(Http.get(api("counts/" + count + "/changes"), DEMO_AUDITOR).body()).contains(secret);
        assertThat(Http.get(api("counts/" + count), DEMO_AUDITOR).body()).contains(secret);
        assertThat(Http.get(api("locations/0/changes"), DEMO_AUDITOR).statusCode()).isEqualTo(404);
        assertThat(Http.get(api("locations/" + location + "/changes"), DEMO_AUDITOR).body()).contains(secret);
    }

    @Test
    void writesForWestlandByDelftOrByAnAuditorAreRefusedAndStoreNothing() throws Exception {
        String other = "Niet toegestaan " + UUID.randomUUID();
        for (String account : List.of(DELFT_OFFICER, DEMO_AUDITOR.email())) {
            assertThat(Http.postJson(api("locations"), account, TestData.locationJson("GM1783", other))
                    .statusCode()).as(account).isEqualTo(403);
            // by its id, another municipality's location does not exist for Delft's officer (OfficerScopeIT)
            assertThat(Http.postJson(api("locations/" + location + "/occupancy"), account,
                    "{\"referenceDate\":\"2025-06-01\",\"persons\":4}").statusCode()).as(account)
                    .isEqualTo(account.equals(DELFT_OFFICER) ? 404 : 403);
            assertThat(Http.send("PUT", api("locations/" + location + "/occupancy/" + report),
                    Http.tokenFor(account), "application/json", "{\"figures\":{\"referenceDate\":\"2025-05-01\","
                            + "\"persons\":40},\"reason\":\"" + other + "\"}").statusCode()).as(account)
                    .isEqualTo(account.equals(DELFT_OFFICER) ? 404 : 403);
            assertThat(Http.postJson(api("counts"), account, "{\"municipalityCode\":\"GM1783\","
                    + "\"referenceDate\":\"2025-06-01\",\"registeredBrp\":1,\"source\":\"" + other + "\","
                    + "\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,\"longStayMonths\":12}").statusCode())
                    .as(account).isEqualTo(403);
            assertThat(Http.post(api("imports/counts?name=westland.csv"), account, "text/csv",
                    "municipality_code,reference_date,registered_brp,source,definition\n"
                            + "GM1783,2025-06-01,1," + other + ",LIVING_IN\n").statusCode())
                    .as(account).isIn(403, 422);
        }
        try (Connection db = TestDatabase.connect()) {
            assertThat(count(db, "select count(*) from monitoring.location_version where name = ?", other)).isZero();
            assertThat(count(db, "select count(*) from monitoring.municipal_count where source = ?", other)).isZero();
            assertThat(count(db, "select count(*) from monitoring.occupancy_report where location_id = ?", location))
                    .isEqualTo(1);
        }
    }

    @Test
    void theLocationsPageShowsAnOfficerOfDelftOnlyDelft() {
        try (BrowserSession delft = new BrowserSession(base)) {
            delft.signIn(DELFT_OFFICER, DEMO_OFFICER.password());
            delft.open("app/monitoring/locations.xhtml");
            assertThat(delft.text(By.id("locations:shownMunicipality"))).isEqualTo("Delft");
            assertThat(delft.driver().getPageSource()).doesNotContain(secret);
            assertThat(delft.driver().findElements(By.id("locations:municipality_input"))).isEmpty();
        }
    }

    private URI api(String path) {
        return URI.create(base + "api/v1/" + path);
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

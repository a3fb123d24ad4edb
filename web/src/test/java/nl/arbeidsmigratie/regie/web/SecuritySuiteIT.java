package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.web.Http.Operation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security walk: every operation of the OpenAPI document, with a body that would really change Westland's
 * data, tried as nobody, with a revoked and a forged token, as an officer of another municipality and, for
 * writes, as an auditor. None may answer with Westland's data, and the business tables must not change. The
 * figures are printed at the end of the run.
 */
@ExtendWith(ArquillianExtension.class)
class SecuritySuiteIT {

    private static final String DELFT_OFFICER = "officer.delft@security-suite.example";
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final List<String> LEAKS = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String secret;
    private long location;
    private long count;
    private long draft;

    @BeforeEach
    void westlandHasASecretLocationAndDelftAnOfficer() throws Exception {
        secret = "Geheim " + UUID.randomUUID();
        TestData.delftOfficer(DELFT_OFFICER);
        location = TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", secret), "locationId");
        count = TestData.createdByWestland(base, "counts", TestData.countJson("GM1783", secret), "id");
        draft = TestData.westlandStrategyDocument(base, secret, false);
    }

    @Test
    void nobodyWithoutAValidTokenGetsAnythingOrChangesAnything() throws Exception {
        List<Operation> operations = Http.apiOperations(base);
        assertThat(operations).extracting(Operation::method).contains("GET", "POST");
        assertThat(operations).hasSizeGreaterThan(10);
        String revoked = Http.revokedTokenFor(DEMO_COORDINATOR.email());
        String forged = "regie_" + UUID.randomUUID();
        long before = businessRows();
        for (Operation operation : operations) {
            for (String token : new String[] {null, revoked, forged}) {
                HttpResponse<String> answer = call(operation, token);
                assertThat(answer.statusCode()).as(operation + " with " + describe(token, revoked)).isEqualTo(401);
                refused(operation, answer);
            }
        }
        assertThat(businessRows()).as("rows in the business schemas").isEqualTo(before);
    }

    @Test
    void anOfficerOfAnotherMunicipalityGetsNothingOfWestlandAndChangesNothing() throws Exception {
        long before = businessRows();
        for (Operation operation : Http.apiOperations(base)) {
            HttpResponse<String> answer = call(operation, Http.tokenFor(DELFT_OFFICER));
            if (operation.method().equals("GET")) {
                if (Http.OPEN_TO_ALL_SIGNED_IN.matcher(operation.path()).matches()) {
                    TRIED.incrementAndGet();
                    leakCheck(operation, answer);
                    continue;
                }
                // By id, another municipality's record is answered exactly like one that does not exist.
                assertThat(answer.statusCode()).as(operation.toString())
                        .isIn(operation.path().contains("{id}") ? List.of(404) : List.of(403, 404));
            } else {
                assertThat(answer.statusCode()).as(operation.toString()).isBetween(400, 499);
            }
            refused(operation, answer);
        }
        assertThat(businessRows()).as("rows in the business schemas").isEqualTo(before);
    }

    @Test
    void anAuditorReadsButWritesNothing() throws Exception {
        long before = businessRows();
        for (Operation operation : Http.apiOperations(base)) {
            if (!operation.method().equals("GET")) {
                HttpResponse<String> answer = call(operation, Http.tokenFor(DEMO_AUDITOR.email()));
                assertThat(answer.statusCode()).as(operation.toString()).isBetween(400, 499);
                refused(operation, answer);
            }
        }
        assertThat(businessRows()).as("rows in the business schemas").isEqualTo(before);
        assertThat(Http.get(api("locations/" + location), DEMO_AUDITOR).body()).as("the auditor reads")
                .contains(secret);
    }

    @AfterAll
    static void printFigures() {
        System.out.printf("[security walk] %d requests tried, %d refused, %d leaked%n", TRIED.get(), REFUSED.get(),
                LEAKS.size());
        assertThat(LEAKS).as("answers that held Westland's data").isEmpty();
    }

    private HttpResponse<String> call(Operation operation, String token) throws Exception {
        String concrete = operation.path().replace("{kind}", "counts").replace("{code}", "GM1783")
                .replaceAll("\\{[^}]+}", String.valueOf(operation.path().startsWith("/api/v1/counts/") ? count
                        : operation.path().startsWith("/api/v1/strategy/") ? draft : location));
        // a GET with the parameters it takes, Westland for a municipality: one it does not take is refused as such
        String query = !operation.method().equals("GET") ? ""
                : operation.query().contains("before") ? "?before=1&after=2"
                : operation.query().contains("municipality") ? "?municipality=GM1783" : "";
        URI uri = URI.create(base + concrete.substring(1) + query);
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return Http.send(operation.method(), uri, token, null, null);
        }
        String other = "Niet toegestaan " + UUID.randomUUID();
        if (concrete.contains("/imports/")) {
            return Http.send(operation.method(), uri, token, "text/csv",
                    "municipality_code,reference_date,registered_brp,source,definition\n"
                            + "GM1783,2025-06-01,1," + other + ",LIVING_IN\n");
        }
        String json = concrete.endsWith("/occupancy") ? "{\"referenceDate\":\"2025-06-01\",\"persons\":4}"
                : concrete.endsWith("/locations") ? TestData.locationJson("GM1783", other)
                : concrete.endsWith("/counts") ? TestData.countJson("GM1783", other) : "{}";
        return Http.send(operation.method(), uri, token, "application/json", json);
    }

    private void refused(Operation operation, HttpResponse<String> answer) {
        TRIED.incrementAndGet();
        REFUSED.incrementAndGet();
        leakCheck(operation, answer);
    }

    private void leakCheck(Operation operation, HttpResponse<String> answer) {
        if (answer.body().contains(secret)) {
            synchronized (LEAKS) {
                LEAKS.add(operation + " answered " + answer.statusCode());
            }
        }
    }

    private static String describe(String token, String revoked) {
        return token == null ? "no token" : token.equals(revoked) ? "a revoked token" : "a forged token";
    }

    /**
     * Every row of the business modules' tables, the API tokens' bookkeeping and the reports of refused files (kept
     * for the person who sent them, in their own municipality's history) left out.
     */
    private static long businessRows() throws SQLException {
        List<String> tables = TestDatabase.writtenTables(
                List.of("registration", "monitoring", "strategy", "sessions"), "api_token", "import_refusal");
        StringBuilder sum = new StringBuilder("select 0");
        tables.forEach(table -> sum.append(" + (select count(*) from ").append(table).append(')'));
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(sum.toString())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private URI api(String path) {
        return URI.create(base + "api/v1/" + path);
    }



}

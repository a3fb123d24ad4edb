package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.MailLinks;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.testing.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API, OpenAPI document, health endpoint and HTTP headers, sent and received, of the packaged WAR. */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    /** The page's CSP nonce, which its script adds to every post, as a browser's would. */
    private static final String NONCE = "nonce=\"([^\"]+)\"";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private URI api(String query) {
        return URI.create(base + "api/v1/municipalities" + query);
    }

    @Test
    void anUnauthenticatedCallIsRefusedWithAProblemDocument() throws Exception {
        HttpResponse<String> response = Http.get(api(""));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer "));
        assertThat(response.body()).doesNotContain("GM0518").contains("Send a valid personal API token");
        assertThat(Http.getWith(api(""), "Accept-Language", "nl-NL,nl;q=0.9").body())
                .contains("Stuur een geldig persoonlijk API-token mee");

        HttpResponse<String> unknown = Http.getWithToken(api(""), "regie_" + "x".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer ").contains("invalid_token"));
        assertThat(unknown.body()).contains("\"status\":401").doesNotContain("GM0518");
        for (HttpResponse<String> refused : List.of(response, unknown)) {
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(refused.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(refused.headers().allValues("Content-Security-Policy"))
                    .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void twoTokensInOneRequestAreNeitherOfThem() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/counts?municipality=GM0518"))
                .header("Authorization", "Bearer " + Http.tokenFor(DEMO_COORDINATOR.email()))
                .header("Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()))
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_request"));
        assertThat(response.body()).contains("Stuur één Authorization-header").doesNotContain("GM0518");
    }

    @Test
    void anEmptyBodyAnotherVersionAndABodyTooLargeAreAnsweredInTheCallersLanguage() throws Exception {
        String token = Http.tokenFor(DEMO_COORDINATOR.email());
        HttpResponse<String> empty = dutch(HttpRequest.newBuilder(URI.create(base + "api/v1/counts"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"parameter\":\"body\"", "Dit verzoek heeft een JSON-inhoud nodig.");
        HttpResponse<String> otherVersion = dutch(HttpRequest.newBuilder(URI.create(base + "api/v2/locations"))
                .header("Authorization", "Bearer " + token));
        assertThat(otherVersion.statusCode()).isEqualTo(404);
        assertThat(otherVersion.body()).contains("de API staat op /api/v1");
        HttpResponse<String> tooLarge = dutch(HttpRequest.newBuilder(URI.create(base + "api/v1/counts"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"" + "x".repeat(70_000) + "\"}")));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("groter dan de grens van 65536 bytes (64 KB); er is niets opgeslagen");
        // a parameter taken once and given twice is refused: which one counted would depend on the order
        HttpResponse<String> twice = dutch(HttpRequest.newBuilder(URI.create(base
                + "api/v1/counts?municipality=GM1783&municipality=GM0518")).header("Authorization", "Bearer " + token));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"parameter\":\"municipality\"", "Geef municipality één keer mee");
        // one the operation does not take is refused: an export is of the present, whatever moment is asked
        HttpResponse<String> unknown = dutch(HttpRequest.newBuilder(URI.create(base
                + "api/v1/exports/counts?municipality=GM1783&asKnownOn=2020-01-01")).header("Authorization",
                "Bearer " + token));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"parameter\":\"asKnownOn\"", "asKnownOn is geen parameter van dit verzoek");
        // one taken as a list may be repeated
        HttpResponse<String> statuses = Http.getWithToken(URI.create(base
                + "api/v1/editions/1/enrolments?status=SUBMITTED&status=CONFIRMED"), token);
        assertThat(statuses.statusCode()).as(statuses.body()).isIn(200, 404);
    }

    private static HttpResponse<String> dutch(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Accept-Language", "nl").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpBasicNoLongerLetsAnyoneIn() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((DEMO_OFFICER.email() + ":"
                + DEMO_OFFICER.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(api("")).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("GM0518");
    }

    @Test
    void filtersAndPagesTheRegister() throws Exception {
        HttpResponse<String> haaglanden = Http.get(api("?region=Haaglanden&size=5&sort=code"), DEMO_OFFICER);
        assertThat(haaglanden.statusCode()).isEqualTo(200);
        assertThat(haaglanden.body()).contains("\"total\":9").contains("\"page\":0").contains("\"size\":5");
        assertThat(codes(haaglanden.body())).hasSize(5).isSorted();

        HttpResponse<String> secondPage = Http.get(api("?region=Haaglanden&size=5&page=1&sort=code"), DEMO_OFFICER);
        assertThat(codes(secondPage.body())).hasSize(4).doesNotContainAnyElementsOf(codes(haaglanden.body()));
        // a region in any case, as a municipality is searched
        assertThat(codes(Http.get(api("?region=haaglanden&size=5&sort=code"), DEMO_OFFICER).body()))
                .isEqualTo(codes(haaglanden.body()));

        assertThat(Http.get(api("?province=Zuid-Holland&size=1"), DEMO_AUDITOR).body()).contains("\"total\":50");
        assertThat(Http.get(api("?size=1"), DEMO_AUDITOR).body()).contains("\"total\":342");
        assertThat(Http.get(api("/GM1783"), DEMO_AUDITOR).body()).contains("\"name\":\"Westland\"");
    }

    @ParameterizedTest
    @CsvSource({"?size=abc, size", "?size=0, size", "?size=101, size", "?page=-1, page", "?page=x, page",
            "?region=Atlantis, region", "?province=Wallonie, province", "?sort=population, sort"})
    void badParametersGet400NamingTheParameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = Http.get(api(query), DEMO_OFFICER);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400").contains("\"parameter\":\"" + parameter + "\"");
    }

    @Test
    void countsComeInPagesWithTheTotalAndALinkToTheNext() throws Exception {
        URI counts = URI.create(base + "api/v1/counts");
        String source = "Paging " + System.nanoTime();
        for (int year = 2001; year <= 2005; year++) {
            HttpResponse<String> recorded = Http.postJson(counts, DEMO_COORDINATOR.email(), "{\"municipalityCode\":"
                    + "\"GM1525\",\"referenceDate\":\"" + year + "-03-01\",\"registeredBrp\":" + year + ","
                    + "\"source\":\"" + source + "\",\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,"
                    + "\"longStayMonths\":12}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        }
        HttpResponse<String> first = Http.get(URI.create(counts + "?municipality=GM1525&limit=2"), DEMO_AUDITOR);
        assertThat(first.statusCode()).isEqualTo(200);
        long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isGreaterThanOrEqualTo(5);
        assertThat((List<?>) Json.parse(first.body())).hasSize(2);
        String next = first.headers().firstValue("Link").orElseThrow();
        Matcher link = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(next);
        assertThat(link.find()).as(next).isTrue();
        assertThat(link.group(1)).as("a path, never a host from the request")
                .startsWith(base.getPath() + "api/v1/counts?")
                .contains("municipality=GM1525").contains("limit=2").contains("offset=2");

        HttpResponse<String> second = Http.get(counts.resolve(link.group(1)), DEMO_AUDITOR);
        assertThat((List<?>) Json.parse(second.body())).hasSize(2);
        assertThat(ids(second.body())).doesNotContainAnyElementsOf(ids(first.body()));
        HttpResponse<String> last = Http.get(URI.create(counts + "?municipality=GM1525&limit=2&offset="
                + (total - 1)), DEMO_AUDITOR);
        assertThat((List<?>) Json.parse(last.body())).hasSize(1);
        assertThat(last.headers().firstValue("Link")).isEmpty();
        // and the API's document says they are numbers, so a generated client sends numbers
        Object document = Json.parse(Http.getWith(URI.create(base.toString()).resolve("/openapi"), "Accept",
                "application/json").body());
        assertThat((List<?>) Json.at(document, "paths", "/api/v1/counts", "get", "parameters"))
                .filteredOn(p -> List.of("offset", "limit").contains(Json.at(p, "name"))).hasSize(2)
                .allSatisfy(p -> assertThat(Json.at(p, "schema", "type")).isEqualTo("integer"));
        // an enum is typed as the text its values are, so a generated client types the field
        assertThat(Json.at(document, "components", "schemas", "DocumentStatus", "type")).isEqualTo("string");
        assertThat((Map<?, ?>) Json.at(document, "components", "schemas")).isNotEmpty().allSatisfy((name, schema) -> {
            if (((Map<?, ?>) schema).containsKey("enum")) {
                assertThat(((Map<?, ?>) schema).get("type")).as(String.valueOf(name)).isEqualTo("string");
            }
        });

        assertThat(Http.get(URI.create(counts + "?municipality=gm1525&limit=1"), DEMO_AUDITOR).headers()
                .firstValue("X-Total-Count")).hasValue(String.valueOf(total));
        HttpResponse<String> nowhere = Http.get(URI.create(counts + "?municipality=GM9999"), DEMO_AUDITOR);
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("\"parameter\":\"municipality\"").contains("no municipality GM9999");
        // a Dutch caller is told in Dutch, whichever parameter is wrong
        String token = "Bearer " + Http.tokenFor(DEMO_AUDITOR.email());
        for (String[] asked : new String[][] {{"?municipality=GM9999", "Er is geen gemeente GM9999 in het register."},
                {"?municipality=Westland", "municipality is een CBS-code zoals GM1783."},
                {"", "municipality ontbreekt."}, {"?municipality=", "municipality ontbreekt."},
                {"?municipality=GM1783&asKnownOn=gisteren", "asKnownOn is een datum (2026-03-01) of een ISO-tijdstip"}}) {
            assertThat(Http.getWith(URI.create(counts + asked[0]), "Authorization", token, "Accept-Language", "nl")
                    .body()).as(asked[0]).contains(asked[1]);
        }
        // a full-width 1 is a digit to Java, but no number a client writes
        for (String bad : List.of("limit=0", "limit=501", "offset=-1", "offset=x", "limit=%EF%BC%91")) {
            HttpResponse<String> refused = Http.get(URI.create(counts + "?municipality=GM1525&" + bad), DEMO_AUDITOR);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("\"parameter\":\"" + bad.substring(0, bad.indexOf('=')) + "\"");
        }
        for (String latest : List.of("9999-12-31", "9999-12-31T23:59:59Z")) {
            assertThat(Http.get(URI.create(counts + "?municipality=GM1525&asKnownOn=" + latest), DEMO_AUDITOR)
                    .statusCode()).as("the last moment of the years taken, " + latest).isEqualTo(200);
        }
    }

    @Test
    void aNumberThatIsNotWholeOrDoesNotFitIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        URI counts = URI.create(base + "api/v1/counts");
        String source = "Te groot " + System.nanoTime();
        for (String[] bad : new String[][] {{"registeredBrp", "99999999999999999999"}, {"registeredBrp", "2147483648"},
                {"registeredBrp", "1.5"}, {"shortStayMonths", "-3000000000"}}) {
            String json = "{\"municipalityCode\":\"GM1525\",\"referenceDate\":\"2006-03-01\",\"registeredBrp\":7,"
                    + "\"source\":\"" + source + "\",\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,"
                    + "\"longStayMonths\":12}";
            json = json.replaceFirst("\"" + bad[0] + "\":[0-9]+", "\"" + bad[0] + "\":" + bad[1]);
            HttpResponse<String> refused = Http.postJson(counts, DEMO_COORDINATOR.email(), json);
            assertThat(refused.statusCode()).as(bad[1]).isEqualTo(400);
            assertThat(refused.body()).as(bad[1]).contains("\"parameter\":\"" + bad[0] + "\"")
                    .contains("whole number");
        }
        // every rule the body breaks is listed, the first also as the document's own detail and parameter
        HttpResponse<String> twice = Http.postJson(counts, DEMO_COORDINATOR.email(), "{\"municipalityCode\":"
                + "\"GM1525\",\"referenceDate\":\"2006-03-01\",\"registeredBrp\":-7,\"estimateMin\":90,"
                + "\"estimateMax\":10,\"source\":\" \",\"definition\":\"LIVING_IN\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"parameter\":\"registeredBrp\"").contains("\"errors\":[")
                .contains("\"parameter\":\"estimateMin\"").contains("\"parameter\":\"source\"");
        // a whole number written with a fraction of zeros or an exponent is still that number
        HttpResponse<String> accepted = Http.postJson(counts, DEMO_COORDINATOR.email(), "{\"municipalityCode\":"
                + "\"GM1525\",\"referenceDate\":\"2006-03-01\",\"registeredBrp\":1.2e2,\"source\":\"" + source
                + "\",\"definition\":\"LIVING_IN\",\"shortStayMonths\":4.0,\"longStayMonths\":12}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(Json.at(Json.parse(accepted.body()), "figures", "registeredBrp")).isEqualTo("120");
        // known on the second it was recorded in, as the pages show that moment, not only from its fraction on
        String second = Instant.parse(String.valueOf(Json.at(Json.parse(accepted.body()), "recordedAt")))
                .truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(Http.get(URI.create(counts + "?municipality=GM1525&limit=500&asKnownOn=" + second), DEMO_AUDITOR)
                .body()).as("as known on " + second).contains(source);
        assertThat(Http.get(URI.create(counts + "?municipality=GM1525&limit=500"), DEMO_AUDITOR).body())
                .containsOnlyOnce(source);
    }

    @Test
    void aBodyThatIsNotOneCleanJsonValueIsRefusedAndNothingIsStored() throws Exception {
        URI counts = URI.create(base + "api/v1/counts");
        String source = "Geen JSON " + System.nanoTime();
        String good = "{\"municipalityCode\":\"GM1525\",\"referenceDate\":\"2007-03-01\",\"registeredBrp\":7,"
                + "\"source\":\"" + source + "\",\"definition\":\"LIVING_IN\"}";
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("nested 5,000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
        bad.put("arrays 1,500 deep", "[".repeat(1500) + "]".repeat(1500));
        bad.put("text after the value", good + "xyz");
        bad.put("a second value", good + "{}");
        bad.put("a key twice", good.replace("{\"municipalityCode\":\"GM1525\",",
                "{\"municipalityCode\":\"GM0518\",\"municipalityCode\":\"GM1525\","));
        bad.put("text for a number", good.replace("\"registeredBrp\":7", "\"registeredBrp\":\"7\""));
        bad.put("half a surrogate pair", good.replace(source, source + " \\ud800"));
        bad.put("a number for text", good.replace("\"source\":\"" + source + "\"", "\"source\":12345"));
        bad.put("a list of two for one", "[" + good + "," + good.replace("2007-03-01", "2007-03-02") + "]");
        for (Map.Entry<String, String> body : bad.entrySet()) {
            HttpResponse<String> refused = Http.postJson(counts, DEMO_COORDINATOR.email(), body.getValue());
            assertThat(refused.statusCode()).as(body.getKey() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(body.getKey()).startsWith("{").doesNotContain("Exception");
        }
        assertThat(Http.postJson(counts, DEMO_COORDINATOR.email(), good.replace("\"municipalityCode\":\"GM1525\"",
                "\"municipalityCode\":true")).body()).contains("\"parameter\":\"municipalityCode\"", "must be text");
        assertThat(Http.postJson(counts, DEMO_COORDINATOR.email(), "[" + good + "]").body())
                .contains("\"parameter\":\"body\"", "must be one object, not a list");
        byte[] latin1 = good.replace(source, source + " caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> latin = Http.postBytes(counts, DEMO_COORDINATOR.email(),
                "application/json; charset=ISO-8859-1", latin1);
        assertThat(latin.statusCode()).as("bytes that are no UTF-8").isEqualTo(400);
        assertThat(latin.body()).contains("UTF-8");
        assertThat(Http.get(URI.create(counts + "?municipality=GM1525&limit=500"), DEMO_AUDITOR).body())
                .doesNotContain(source);
        // a byte order mark, as an editor may save one, is no part of the JSON
        byte[] marked = ("\ufeff" + good).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> withMark = Http.postBytes(counts, DEMO_COORDINATOR.email(), "application/json", marked);
        assertThat(withMark.statusCode()).as(withMark.body()).isEqualTo(201);
    }

    private static List<Object> ids(String list) {
        return ((List<?>) Json.parse(list)).stream().map(count -> Json.at(count, "id")).toList();
    }

    @Test
    void anAuditorSearchesTheTrailWithTheHashesItRestsOnAndVerifiesTheChain() throws Exception {
        String source = "Audit API " + System.nanoTime();
        HttpResponse<String> recorded = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                TestData.countJson("GM1783", source));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.headers().firstValue("Location")).as("where it is corrected")
                .hasValue(base + "api/v1/counts/" + Json.at(Json.parse(recorded.body()), "id"));
        URI entries = URI.create(base + "api/v1/audit/entries?text=" + URLEncoder.encode(source,
                StandardCharsets.UTF_8) + "&from=2026-01-01&limit=1");

        HttpResponse<String> found = Http.get(entries, DEMO_AUDITOR);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.headers().firstValue("X-Total-Count")).isPresent();
        Object entry = ((List<?>) Json.parse(found.body())).get(0);
        assertThat(String.valueOf(Json.at(entry, "action"))).startsWith("count.");
        assertThat(Json.at(entry, "actor")).isEqualTo(DEMO_OFFICER.email());
        assertThat(String.valueOf(Json.at(entry, "after"))).contains(source);
        assertThat(String.valueOf(Json.at(entry, "hash"))).matches("[0-9a-f]{64}");
        assertThat(String.valueOf(Json.at(entry, "previousHash"))).matches("[0-9a-f]{64}");
        assertThat(Http.get(URI.create(entries + "&until=2025-12-31"), DEMO_AUDITOR).statusCode())
                .as("a period that ends before it starts").isEqualTo(400);
        assertThat(Http.get(URI.create(entries + "&person=nobody-" + source.hashCode()), DEMO_AUDITOR)
                .headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(Http.get(entries, DEMO_OFFICER).statusCode()).as("an officer").isEqualTo(403);
        HttpResponse<String> wordy = Http.get(URI.create(base + "api/v1/audit/entries?text="
                + "a+b+c+d+e+f+g+h+i+j+k"), DEMO_AUDITOR);
        assertThat(wordy.statusCode()).as(wordy.body()).isEqualTo(400);
        assertThat(wordy.body()).contains("\"parameter\":\"text\"");

        String verifications = "select count(*) from platform.audit_entry where action = 'audit.verified'";
        long before = TestData.scalar(verifications);
        HttpResponse<String> asked = Http.send("HEAD", URI.create(base + "api/v1/audit/verification"),
                Http.tokenFor(DEMO_AUDITOR.email()), null, null);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(TestData.scalar(verifications)).as("a HEAD verifies nothing").isEqualTo(before);
        HttpResponse<String> verified = Http.get(URI.create(base + "api/v1/audit/verification"), DEMO_AUDITOR);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Json.at(Json.parse(verified.body()), "intact")).isEqualTo(true);
        // recorded in the trail, as every verification is
        Object latest = ((List<?>) Json.parse(Http.get(URI.create(base + "api/v1/audit/entries?record=audit-trail"
                + "&limit=1"), DEMO_COORDINATOR).body())).get(0);
        assertThat(Json.at(latest, "actor")).isEqualTo(DEMO_AUDITOR.email());
        assertThat(Json.at(latest, "action")).isEqualTo("audit.verified");
        assertThat(Http.get(URI.create(base + "api/v1/audit/verification"), DEMO_OFFICER).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anOfficerSetsTheirMunicipalitysStayThresholdsWhichItsNewCountsTake() throws Exception {
        URI westland = URI.create(base + "api/v1/stay-thresholds?municipality=gm1783");
        String token = Http.tokenFor(DEMO_OFFICER.email());
        Object before = Json.parse(Http.get(westland, DEMO_OFFICER).body());
        int version = Integer.parseInt(String.valueOf(Json.at(before, "version")));
        assertThat(Http.send("PUT", URI.create(base + "api/v1/stay-thresholds?municipality=GM0518"), token,
                "application/json", "{\"shortStayMonths\":6,\"longStayMonths\":24,\"version\":0}").statusCode())
                .as("another municipality's").isEqualTo(403);
        HttpResponse<String> reversed = Http.send("PUT", westland, token, "application/json",
                "{\"shortStayMonths\":24,\"longStayMonths\":6,\"version\":" + version + "}");
        assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"parameter\":\"shortStayMonths\"");
        HttpResponse<String> missing = Http.send("PUT", westland, token, "application/json",
                "{\"shortStayMonths\":6,\"version\":" + version + "}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"parameter\":\"longStayMonths\"");
        // a name given twice is said to be, not taken for JSON that breaks off
        HttpResponse<String> twice = Http.send("PUT", westland, token, "application/json",
                "{\"shortStayMonths\":6,\"shortStayMonths\":7,\"longStayMonths\":24,\"version\":" + version + "}");
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
        assertThat(twice.body()).contains("shortStayMonths twice");
        try {
            HttpResponse<String> set = Http.send("PUT", westland, token, "application/json",
                    "{\"shortStayMonths\":6,\"longStayMonths\":24,\"version\":" + version + "}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            assertThat(Json.at(Json.parse(set.body()), "version")).hasToString(String.valueOf(version + 1));
            assertThat(Http.send("PUT", westland, token, "application/json", "{\"shortStayMonths\":5,"
                    + "\"longStayMonths\":24,\"version\":" + version + "}").statusCode()).as("set meanwhile")
                    .isEqualTo(409);
            HttpResponse<String> recorded = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                    "{\"municipalityCode\":\"GM1783\",\"referenceDate\":\"2002-04-01\",\"registeredBrp\":7,"
                    + "\"source\":\"Eigen drempels " + System.nanoTime() + "\",\"definition\":\"LIVING_IN\"}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            assertThat(Json.at(Json.parse(recorded.body()), "figures", "shortStayMonths")).hasToString("6");
            assertThat(Json.at(Json.parse(recorded.body()), "figures", "longStayMonths")).hasToString("24");
        } finally {
            Http.send("PUT", westland, token, "application/json", "{\"shortStayMonths\":4,\"longStayMonths\":12,"
                    + "\"version\":" + (version + 1) + "}");
        }
    }

    @Test
    void aCountWithoutStayThresholdsTakesTheDefaultsAndTheSameCountTwiceIsRefused() throws Exception {
        String body = "{\"municipalityCode\":\"gm1783\",\"referenceDate\":\"2003-04-01\",\"registeredBrp\":7,"
                + "\"source\":\"Zonder drempels " + System.nanoTime() + "\",\"definition\":\"LIVING_IN\"}";
        HttpResponse<String> recorded = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(), body);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        Object count = Json.parse(recorded.body());
        assertThat(Json.at(count, "figures", "municipalityCode")).isEqualTo("GM1783");
        assertThat(Json.at(count, "figures", "shortStayMonths")).hasToString("4");
        assertThat(Json.at(count, "figures", "longStayMonths")).hasToString("12");
        HttpResponse<String> again = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(), body);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(again.body()).contains("\"parameter\":\"source\"");

        // the count the refusal says to correct is corrected through the API, with a reason, once
        URI one = URI.create(base + "api/v1/counts/" + Json.at(count, "id"));
        String token = Http.tokenFor(DEMO_OFFICER.email());
        String corrected = "{\"figures\":" + body.replace("\"registeredBrp\":7", "\"registeredBrp\":8") + ",\"reason\":";
        HttpResponse<String> noReason = Http.send("PUT", one, token, "application/json", corrected + "\"\"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"parameter\":\"reason\"");
        HttpResponse<String> correction = Http.send("PUT", one, token, "application/json", corrected + "\"Herteld\"}");
        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(200);
        assertThat(Json.at(Json.parse(correction.body()), "figures", "registeredBrp")).hasToString("8");
        assertThat(Json.at(Json.parse(correction.body()), "supersedes")).isEqualTo(Json.at(count, "id"));
        assertThat(Http.send("PUT", one, token, "application/json", corrected + "\"Nog eens\"}").statusCode())
                .as("the version corrected is no longer the latest").isEqualTo(409);
        assertThat(Http.send("PUT", one, Http.tokenFor(DEMO_AUDITOR.email()), "application/json",
                corrected + "\"Auditor\"}").statusCode()).isEqualTo(403);

        // nor may a correction give another count this one's key: an export would list the two as one twice
        HttpResponse<String> other = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                body.replace("\"source\":\"", "\"source\":\"Andere "));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        HttpResponse<String> takesTheKey = Http.send("PUT", URI.create(base + "api/v1/counts/"
                + Json.at(Json.parse(other.body()), "id")), token, "application/json", "{\"figures\":" + body
                + ",\"reason\":\"Zelfde bron\"}");
        assertThat(takesTheKey.statusCode()).as(takesTheKey.body()).isEqualTo(400);
        assertThat(takesTheKey.body()).contains("\"parameter\":\"source\"");

        // a location without BAG id, known to a file by its name alone, is not registered twice by a request resent
        long tent = System.nanoTime();
        String unnumbered = TestData.locationJson("GM1783", "Tent\u00e9 " + tent);
        assertThat(Http.postJson(URI.create(base + "api/v1/locations"), DEMO_OFFICER.email(), unnumbered).statusCode())
                .isEqualTo(201);
        // however its accent is typed: as one letter, or as a letter and its mark
        HttpResponse<String> resent = Http.postJson(URI.create(base + "api/v1/locations"), DEMO_OFFICER.email(),
                TestData.locationJson("GM1783", "Tente\u0301 " + tent));
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(400);
        assertThat(resent.body()).contains("\"parameter\":\"name\"");
    }

    @Test
    void aRefusalIsInTheCallersLanguage() throws Exception {
        String body = TestData.countJson("GM1783", "Taal " + System.nanoTime());
        for (Map.Entry<String, String> language : Map.of("nl", "U mag dit niet doen.", "en-GB,en;q=0.8",
                "You may not do this.", "de", "You may not do this.").entrySet()) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "api/v1/counts"))
                    .header("Authorization", "Bearer " + Http.tokenFor(DEMO_AUDITOR.email()))
                    .header("Content-Type", "application/json").header("Accept-Language", language.getKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).as(language.getKey()).contains(language.getValue());
        }
        HttpResponse<String> tooLong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/counts"))
                .header("Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()))
                .header("Content-Type", "application/json").header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.countJson("GM1783", "B".repeat(301)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Deze tekst is te lang (hoogstens 300 tekens).")
                .contains("\"parameter\":\"source\"");

        String token = Http.tokenFor(DEMO_OFFICER.email());
        HttpResponse<String> plainText = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/counts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain").header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(plainText.body()).contains("Dit adres neemt dit Content-Type niet aan");
        // JSON is UTF-8, whatever charset is asked for: another would turn letters it lacks into question marks
        for (String charset : List.of("ISO-8859-1", "us-ascii", "windows-1252")) {
            HttpResponse<String> asked = Http.getWith(URI.create(base + "api/v1/municipalities/GM1900"),
                    "Authorization", "Bearer " + token, "Accept", "application/json;charset=" + charset);
            assertThat(asked.statusCode()).as(charset).isEqualTo(200);
            assertThat(asked.headers().firstValue("Content-Type")).as(charset).hasValueSatisfying(
                    type -> assertThat(type.toLowerCase(Locale.ROOT)).contains("charset=utf-8"));
            assertThat(asked.body()).as(charset).contains("Súdwest-Fryslân");
        }
        HttpResponse<String> nowhere = Http.getWith(URI.create(base + "api/v1/nergens"),
                "Authorization", "Bearer " + token, "Accept-Language", "nl");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Op dit adres is niets te vinden");
        HttpResponse<String> notJson = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/counts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString("{\"figures\": [")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("De inhoud van het verzoek is geen geldige JSON", "op regel 1");
        HttpResponse<String> fraction = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/counts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(body.replaceFirst("\"registeredBrp\":[0-9]+",
                        "\"registeredBrp\":1.5"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(fraction.body()).contains("registeredBrp moet een geheel getal zijn van").contains("niet 1.5");
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/counts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("\"registeredBrp\"", "\"registered brp\"")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("registered brp is geen veld van dit verzoek")
                .contains("\"parameter\":\"registered brp\"").doesNotContain("nl.arbeidsmigratie");
    }

    @Test
    void aContentTypeThatNamesNoOneMediaTypeIsAProblemDocumentAndStartsNoSession() throws Exception {
        String token = Http.tokenFor(DEMO_OFFICER.email());
        List<List<String>> bad = List.of(List.of(";;;"), List.of("text/"), List.of("application/json; charset=nope"),
                List.of("text/csv", "application/json"));
        for (List<String> types : bad) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/editions"))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "nl").GET();
            types.forEach(type -> request.header("Content-Type", type));
            HttpResponse<String> refused = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(types.toString()).isEqualTo(415);
            assertThat(refused.headers().firstValue("Content-Type")).as(types.toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).as(types.toString()).contains("Dit adres neemt dit Content-Type niet aan");
            assertThat(refused.headers().allValues("Set-Cookie")).as(types.toString()).isEmpty();
        }
        // an address the container will not route (an encoded slash) is answered by it, still as a problem document
        HttpResponse<String> unrouted = Http.getWith(URI.create(base + "api/v1/imports/..%2F..%2Fcounts"),
                "Authorization", "Bearer " + token, "Accept-Language", "nl");
        assertThat(unrouted.statusCode()).as(unrouted.body()).isBetween(400, 404);
        assertThat(unrouted.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unrouted.body()).doesNotContain("<html");
        assertThat(unrouted.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anAreaWithMoreDecimalsThanItKeepsIsARefusedImportLineNotAServerError() throws Exception {
        String bagId = String.format("1783%012d", System.nanoTime() % 1_000_000_000_000L);
        String csv = "municipality_code,bag_id,name,housing_form,status,floor_area\r\n"
                + "GM1783," + bagId + ",Decimalen " + bagId + ",HOUSING_UNITS,ACTIVE,12.55\r\n";
        HttpResponse<String> refused = Http.post(URI.create(base + "api/v1/imports/locations?name=decimalen.csv"),
                DEMO_OFFICER.email(), "text/csv", csv);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("floor_area").contains("at most one decimal");
        assertThat(Http.get(URI.create(base + "api/v1/locations?municipality=GM1783"), DEMO_AUDITOR).body())
                .doesNotContain(bagId);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi = Http.get(URI.create(base.toString()).resolve("/openapi"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/municipalities").contains("Arbeidsmigratie Regie API")
                .contains("bearer").doesNotContain("basic");
        // JSON keeps each text on one line, where YAML folds long ones
        HttpResponse<String> json = Http.getWith(URI.create(base.toString()).resolve("/openapi"),
                "Accept", "application/json");
        Object document = Json.parse(json.body());
        // a validator or client generator takes only OpenAPI 3.0's own keys at the top
        assertThat(((Map<?, ?>) document).keySet()).map(String::valueOf).isSubsetOf("openapi", "info", "servers",
                "paths", "components", "security", "tags", "externalDocs");
        assertThat(Json.at(document, "info", "description")).asString()
                .contains("strategy documents").contains("meetings of the learning circle");
        // a client sees which fields a request body takes, not a bare object
        Object body = Json.at(document, "paths", "/api/v1/counts", "post", "requestBody", "content",
                "application/json", "schema");
        if (body instanceof Map<?, ?> schema && schema.get("$ref") instanceof String ref) {
            body = Json.at(document, "components", "schemas", ref.substring(ref.lastIndexOf('/') + 1));
        }
        List<String> fields = ((Map<?, ?>) Json.at(body, "properties")).keySet().stream().map(String::valueOf).toList();
        assertThat(fields).as(json.body()).contains("municipalityCode", "referenceDate", "registeredBrp", "source",
                "definition");
        // a date is a string in the JSON, as the document says
        Object date = Json.at(body, "properties", "referenceDate");
        if (date instanceof Map<?, ?> schema && schema.get("$ref") instanceof String ref) {
            date = Json.at(document, "components", "schemas", ref.substring(ref.lastIndexOf('/') + 1));
        }
        assertThat(Json.at(date, "type")).as(String.valueOf(date)).isEqualTo("string");
        assertThat(Json.at(date, "format")).isEqualTo("date");
        // a client generator gets each success answer's shape, a unique name per operation, its path parameters
        List<String> operationIds = new ArrayList<>();
        ((Map<?, ?>) Json.at(document, "paths")).forEach((path, item) -> ((Map<?, ?>) item).forEach((method, op) -> {
            Map<?, ?> operation = (Map<?, ?>) op;
            String name = method + " " + path;
            operationIds.add(String.valueOf(operation.get("operationId")));
            ((Map<?, ?>) operation.get("responses")).forEach((status, response) -> {
                if (String.valueOf(status).startsWith("20") && !"204".equals(status)) {
                    assertThat(((Map<?, ?>) response).get("content")).as(name + " " + status).isNotNull();
                    // an answer's shape, never a bare object that says nothing of its fields
                    Object answer = Json.at(response, "content", "application/json", "schema");
                    if (answer instanceof Map<?, ?> schema && "object".equals(schema.get("type"))) {
                        assertThat(schema.keySet()).as(name + " " + status).map(String::valueOf)
                                .containsAnyOf("properties", "additionalProperties");
                    }
                }
            });
            if (operation.get("parameters") instanceof List<?> parameters) {
                parameters.stream().map(Map.class::cast).filter(parameter -> "path".equals(parameter.get("in")))
                        .forEach(parameter -> assertThat(parameter.get("required")).as(name).isEqualTo(true));
                if (parameters.stream().map(Map.class::cast).anyMatch(parameter -> "path".equals(parameter.get("in"))
                        && !"kind".equals(parameter.get("name")))) {
                    assertThat(((Map<?, ?>) operation.get("responses")).keySet()).as(name).map(String::valueOf)
                            .contains("404");
                }
            }
            // every path needs a token
            assertThat(((Map<?, ?>) operation.get("responses")).keySet()).as(name).map(String::valueOf).contains("401");
        }));
        Object count = Json.at(document, "paths", "/api/v1/counts", "post", "responses", "201", "content",
                "application/json", "schema");
        assertThat(Json.at(count, "properties")).as(String.valueOf(Json.at(document, "paths", "/api/v1/counts")))
                .asString().contains("figures", "registrationRateLow", "supersedes");
        assertThat(Json.at(document, "paths", "/api/v1/counts", "get", "responses", "200", "headers")).asString()
                .contains("X-Total-Count", "Link");
        // as OpenAPI 3.0 asks, every header with a schema; a list given in a Response by its items, and an import's
        // outcome by its fields, never as a problem document
        ((Map<?, ?>) Json.at(document, "paths")).forEach((path, item) -> ((Map<?, ?>) item).forEach((method, op) ->
                ((Map<?, ?>) ((Map<?, ?>) op).get("responses")).forEach((status, response) -> {
                    if (((Map<?, ?>) response).get("headers") instanceof Map<?, ?> headers) {
                        headers.forEach((header, described) -> assertThat(((Map<?, ?>) described).get("schema"))
                                .as(method + " " + path + " " + status + " " + header).isNotNull());
                    }
                })));
        assertThat(Json.at(document, "paths", "/api/v1/counts", "get", "responses", "200", "content",
                "application/json", "schema", "items", "$ref")).isEqualTo("#/components/schemas/CountView");
        Object imported = Json.at(document, "paths", "/api/v1/imports/{kind}", "post", "responses", "200", "content");
        assertThat(((Map<?, ?>) imported).keySet()).map(String::valueOf).containsExactly("application/json");
        assertThat(((Map<?, ?>) Json.at(imported, "application/json", "schema", "properties")).keySet())
                .map(String::valueOf).contains("added", "corrected", "unchanged", "alreadyImported", "notes");
        // what the JSON binding writes besides a record's fields, and maps by goal, are described as written
        Object schemas = Json.at(document, "components", "schemas");
        assertThat(Json.at(schemas, "AreaFigures", "properties", "occupancyWithheld", "type")).isEqualTo("boolean");
        assertThat(Json.at(schemas, "FigureRow", "properties", "valueText", "type")).isEqualTo("string");
        assertThat(Json.at(schemas, "OverviewRow", "properties", "completeness", "type")).isEqualTo("object");
        assertThat(((Map<?, ?>) Json.at(schemas, "LocalDateTime")).get("format")).as("no offset is promised").isNull();
        assertThat(Json.at(schemas, "AgendaItem", "properties", "startsAt", "type")).isEqualTo("string");
        assertThat(Json.at(document, "paths", "/api/v1/imports/{kind}", "post", "responses", "422", "content",
                "application/problem+json", "schema", "$ref")).isEqualTo("#/components/schemas/ImportRefusal");
        assertThat(((Map<?, ?>) Json.at(schemas, "ImportRefusal", "properties")).keySet()).map(String::valueOf)
                .contains("problems", "total");
        assertThat(operationIds).doesNotHaveDuplicates().doesNotContain("null");
        // the refusals a caller meets: a step the state refuses, a change on an old version, a file asked for as JSON
        assertThat(((Map<?, ?>) Json.at(document, "paths", "/api/v1/strategy/documents/{id}/recall", "post",
                "responses")).keySet()).map(String::valueOf).contains("400");
        assertThat(((Map<?, ?>) Json.at(document, "paths", "/api/v1/strategy/sections/{id}/figures", "post",
                "responses")).keySet()).map(String::valueOf).contains("409");
        assertThat(((Map<?, ?>) Json.at(document, "paths", "/api/v1/strategy/documents/{id}/versions/{number}/pdf",
                "get", "responses")).keySet()).map(String::valueOf).contains("406");
        assertThat(((Map<?, ?>) Json.at(document, "paths", "/api/v1/municipalities/{code}", "get", "responses"))
                .keySet()).as("JSON asked for as CSV").map(String::valueOf).contains("406");
        assertThat(Json.at(document, "paths", "/api/v1/imports/{kind}", "post", "requestBody", "content", "text/csv",
                "schema", "type")).isEqualTo("string");
        // a body the API answers 400 without is required; a version's note may be left out
        assertThat(Json.at(document, "paths", "/api/v1/counts", "post", "requestBody", "required")).isEqualTo(true);
        assertThat(Json.at(document, "paths", "/api/v1/strategy/documents/{id}/versions", "post", "requestBody",
                "required")).isNotEqualTo(true);
        Object location = Json.at(document, "paths", "/api/v1/locations/{id}", "get", "responses", "200", "content",
                "application/json", "schema");
        assertThat(((Map<?, ?>) Json.at(location, "properties")).keySet()).as(String.valueOf(location))
                .map(String::valueOf).contains("locationId", "details", "recordedAt");
        // no limit the annotation's defaults would add: "maxProperties: 0" would allow no field at all
        assertThat(((Map<?, ?>) location).keySet()).map(String::valueOf).doesNotContain("maxProperties", "minProperties");
        Object locations = Json.at(document, "paths", "/api/v1/locations", "get", "responses", "200", "content",
                "application/json", "schema");
        assertThat(Json.at(locations, "type")).isEqualTo("array");
        // a record's number is a whole number, in the answers and in the path
        assertThat(Json.at(location, "properties", "locationId", "type")).isEqualTo("integer");
        assertThat(Json.at(document, "paths", "/api/v1/locations/{id}", "get", "parameters", 0, "schema", "type"))
                .isEqualTo("integer");
        assertThat(((Map<?, ?>) Json.at(locations, "items", "properties")).keySet()).map(String::valueOf)
                .contains("locationId");
        // every operation that makes something says where it is
        ((Map<?, ?>) Json.at(document, "paths")).forEach((path, operations) -> ((Map<?, ?>) operations).forEach(
                (method, operation) -> {
                    Object made = operation instanceof Map<?, ?> o && o.get("responses") instanceof Map<?, ?> answers
                            ? answers.get("201") : null;
                    if (made != null) {
                        assertThat(((Map<?, ?>) made).get("headers")).as(method + " " + path).asString()
                                .contains("Location");
                    }
                }));
        // a body's schema says which of its fields the API requires
        Map<String, List<String>> required = Map.of("PUT /api/v1/counts/{id}", List.of("figures", "reason"),
                "PUT /api/v1/locations/{id}/occupancy/{reportId}", List.of("figures", "reason"),
                "PUT /api/v1/strategy/sections/{id}", List.of("version", "html"),
                "POST /api/v1/strategy/comments/{id}/resolve", List.of("version"));
        for (Map.Entry<String, List<String>> takes : required.entrySet()) {
            String[] operation = takes.getKey().split(" ");
            Object schema = ApiDocument.requestSchema(document, operation[0], operation[1]);
            assertThat((List<?>) Json.at(schema, "required")).as(takes.getKey() + ": " + schema).map(String::valueOf)
                    .containsExactlyInAnyOrderElementsOf(takes.getValue());
        }
        assertThat(Json.at(ApiDocument.requestSchema(document, "PUT", "/api/v1/counts/{id}"), "properties", "figures",
                "$ref")).as("the figures' own schema").isEqualTo("#/components/schemas/CountFigures");
        // a refusal is described as the problem document it is
        assertThat(Json.at(document, "paths", "/api/v1/locations", "post", "responses", "400", "content",
                "application/problem+json", "schema", "$ref")).as(String.valueOf(Json.at(document, "paths",
                "/api/v1/locations", "post", "responses"))).isEqualTo("#/components/schemas/Problem");
        assertThat(((Map<?, ?>) Json.at(document, "components", "schemas", "Problem", "properties")).keySet())
                .map(String::valueOf).contains("status", "detail", "parameter", "errors");
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> health = Http.get(URI.create(base.toString()).resolve("/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void aMediaTypeWrittenInCapitalsIsTheSameType() throws Exception {
        HttpResponse<String> read = Http.getWith(URI.create(base + "api/v1/municipalities/GM1783"), "Authorization",
                "Bearer " + Http.tokenFor(DEMO_OFFICER.email()), "Accept", "Application/JSON");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("Westland");
        HttpResponse<String> sent = Http.send("POST", URI.create(base + "api/v1/counts"),
                Http.tokenFor(DEMO_OFFICER.email()), "Application/JSON; charset=UTF-8", "{}");
        assertThat(sent.statusCode()).as("read as JSON, and refused for what it lacks: " + sent.body()).isEqualTo(400);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = Http.get(URI.create(base + "login.xhtml"));
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("script-src").contains("'nonce-"));
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(login.headers().firstValue("Server")).as("no server name").isEmpty();
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();
    }

    @Test
    void httpsGetsHstsAndSignedInAnswersAreNeverStored() throws Exception {
        HttpResponse<String> proxied = Http.getWith(URI.create(base + "login.xhtml"), "X-Forwarded-Proto", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));

        HttpResponse<String> api = Http.get(api("?size=1"), DEMO_OFFICER);
        assertThat(api.statusCode()).isEqualTo(200);
        HttpResponse<String> export = Http.get(URI.create(base + "api/v1/exports/locations?municipality=GM1783"),
                DEMO_OFFICER);
        assertThat(export.statusCode()).isEqualTo(200);
        HttpResponse<String> page = signedIn(DEMO_OFFICER, "app/registration/profile.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).endsWith("/app/registration/profile.xhtml");
        // a public page a secret link opens neither (a guest's poll shows everyone's answers), whatever the link
        HttpResponse<String> secretLink = Http.get(URI.create(base + "date-poll.xhtml?token=onbekend"));
        assertThat(secretLink.statusCode()).isEqualTo(404);
        // nor the page refusing a role, which names who is signed in, nor the way to the sign-in
        HttpResponse<String> refused = signedIn(DEMO_OFFICER, "app/registration/accounts.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> toSignIn = Http.get(URI.create(base + "app/home.xhtml"));
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        for (HttpResponse<String> answer : List.of(api, export, page, secretLink, refused, toSignIn)) {
            assertThat(answer.headers().allValues("Cache-Control")).as(answer.uri().getPath())
                    .anySatisfy(value -> assertThat(value).contains("no-store"));
            assertThat(answer.headers().firstValue("Server")).as(answer.uri().getPath()).isEmpty();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().getPath())
                    .hasValue("nosniff");
            assertThat(answer.headers().allValues("X-Frame-Options")).as(answer.uri().getPath()).containsExactly("DENY");
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(answer.uri().getPath())
                    .filteredOn(policy -> policy.contains("frame-ancestors")).hasSize(1);
        }
    }

    @Test
    void aSessionIdInTheAddressOpensNoSessionOnlyItsCookieDoes() throws Exception {
        PageClient officer = PageClient.signedIn(base, DEMO_OFFICER.email(), DEMO_OFFICER.password());
        for (String id : officer.sessionIds()) {
            PageClient.Page withoutCookie = new PageClient(base).get("app/registration/profile.xhtml;jsessionid="
                    + id + "?tab=1");
            // sent on without it (where the container took it) or to the sign-in (where it did not): never the page
            assertThat(withoutCookie.status()).isEqualTo(302);
            assertThat(withoutCookie.location()).doesNotContain("jsessionid")
                    .satisfiesAnyOf(to -> assertThat(to).endsWith("/app/registration/profile.xhtml?tab=1"),
                            to -> assertThat(to).contains("/login.xhtml?next="));
            assertThat(withoutCookie.body()).doesNotContain(DEMO_OFFICER.displayName());
        }
        assertThat(officer.get("app/registration/profile.xhtml").body()).as("the session itself goes on")
                .contains(DEMO_OFFICER.displayName());
        // a program is answered in the API's own form, not sent elsewhere
        HttpResponse<String> api = Http.get(URI.create(base + "api/v1/counts;jsessionid=x?municipality=GM1783"),
                DEMO_OFFICER);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(api.body()).contains("session id");
    }

    @Test
    void aResetAskedWithAForgedHostMailsALinkToTheConfiguredAddressOnly() throws Exception {
        String forgedHost = "evil.example";
        Http.RawResponse page = Http.raw(base, "GET", base.getPath() + "forgot.xhtml", forgedHost, null, null);
        assertThat(page.status()).isEqualTo(200);
        String cookie = page.header("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        assertThat(cookie).contains("JSESSIONID=");
        String form = "forgot=forgot&" + URLEncoder.encode("forgot:email", StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(DEMO_AUDITOR.email(), StandardCharsets.UTF_8) + "&"
                + URLEncoder.encode("forgot:send", StandardCharsets.UTF_8) + "=&jakarta.faces.ViewState="
                + URLEncoder.encode(found(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""),
                StandardCharsets.UTF_8) + "&primefaces.nonce="
                + URLEncoder.encode(found(page.body(), NONCE), StandardCharsets.UTF_8);
        String action = found(page.body(), "<form id=\"forgot\"[^>]*action=\"([^\"]+)\"");

        Http.RawResponse sent = Http.raw(base, "POST", action, forgedHost, cookie, form);
        assertThat(sent.status()).as("the request was taken: redirect after post").isIn(302, 303);

        TestMailServer.awaitMail(DEMO_AUDITOR.email(), "Nieuw wachtwoord", Duration.ofSeconds(30));
        String mail = String.valueOf(TestMailServer.receivedBy(DEMO_AUDITOR.email()).stream()
                .filter(m -> subject(m).contains("Nieuw wachtwoord")).findFirst().orElseThrow().getContent());
        assertThat(mail).contains(MailLinks.BASE_URL + "reset.xhtml?lang=nl&token=").doesNotContain(forgedHost);
    }

    @Test
    void theMailLogIsNoPublicPage() throws Exception {
        assertThat(Http.get(URI.create(base + "mail-log.xhtml")).statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = Http.get(URI.create(base + "app/registration/mail-log.xhtml"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).as("a path, never a host from the request")
                        .isEqualTo(base.getPath() + "login.xhtml?next=%2Fapp%2Fregistration%2Fmail-log.xhtml"));
        Http.RawResponse forged = Http.raw(base, "GET", base.getPath() + "app/registration/mail-log.xhtml",
                "evil.example", null, null);
        assertThat(forged.header("Location")).singleElement().asString().startsWith(base.getPath() + "login.xhtml")
                .doesNotContain("evil.example");
        assertThat(anonymous.body()).doesNotContain("token=");
    }

    @Test
    void everyModuleHasItsOwnMigratedSchema() throws Exception {
        List<String> schemas = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
             ResultSet rs = connection.createStatement().executeQuery("select table_schema from "
                     + "information_schema.tables where table_name = 'flyway_schema_history' order by 1")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        assertThat(schemas).containsExactly("monitoring", "platform", "registration", "sessions", "strategy");
    }

    private static List<String> codes(String json) {
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\":\"(GM\\d{4})\"").matcher(json);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** {@code page}, asked for by a client that signed in through the login form, as a browser does. */
    private HttpResponse<String> signedIn(DemoAccount account, String page) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String form = "login=login&" + field("login:email", account.email()) + "&"
                + field("login:password", account.password()) + "&" + field("login:submit", "") + "&"
                + field("jakarta.faces.ViewState",
                found(login.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""))
                + "&" + field("primefaces.nonce", found(login.body(), NONCE));
        URI action = URI.create(base.toString())
                .resolve(found(login.body(), "<form id=\"login\"[^>]*action=\"([^\"]+)\""));
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).as("signed in").endsWith("/app/home.xhtml");
        return client.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String found(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex + " in the page").isTrue();
        return m.group(1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCountAndAReportAreReadWhereLocationSaysButNotByAnOfficerOfAnotherMunicipality() throws Exception {
        String delft = "officer.delft@rest-api.example";
        TestData.delftOfficer(delft);
        String name = "Gelezen " + System.nanoTime();
        HttpResponse<String> counted = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                TestData.countJson("GM1783", name));
        long location = TestData.createdByWestland(base, "locations", TestData.locationJson("GM1783", name),
                "locationId");
        HttpResponse<String> reported = Http.postJson(URI.create(base + "api/v1/locations/" + location + "/occupancy"),
                DEMO_OFFICER.email(), "{\"referenceDate\":\"2025-05-01\",\"persons\":3}");
        for (HttpResponse<String> made : List.of(counted, reported)) {
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            URI address = URI.create(made.headers().firstValue("Location").orElseThrow());
            for (DemoAccount reader : List.of(DEMO_OFFICER, DEMO_AUDITOR, DEMO_COORDINATOR)) {
                HttpResponse<String> read = Http.get(address, reader);
                assertThat(read.statusCode()).as(address + " as " + reader.email() + ": " + read.body()).isEqualTo(200);
                assertThat(Json.at(Json.parse(read.body()), "id")).isEqualTo(Json.at(Json.parse(made.body()), "id"));
                assertThat(Json.at(Json.parse(read.body()), "figures")).as("as the answer that made it")
                        .isEqualTo(Json.at(Json.parse(made.body()), "figures"));
            }
            HttpResponse<String> head = Http.send("HEAD", address, Http.tokenFor(DEMO_AUDITOR.email()), null, null);
            assertThat(head.statusCode()).as("HEAD " + address).isEqualTo(200);
            // by its id, Westland's record does not exist for Delft's officer
            HttpResponse<String> hidden = Http.get(address, delft);
            assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain(name, "\"persons\"");
            assertThat(Json.at(Json.parse(hidden.body()), "parameter"))
                    .isEqualTo(made == counted ? "id" : "reportId");
        }
        // a report read at another location's address is not there
        String report = (String) Json.at(Json.parse(reported.body()), "id");
        HttpResponse<String> elsewhere = Http.get(URI.create(base + "api/v1/locations/999999999/occupancy/" + report),
                DEMO_OFFICER);
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(404);
        assertThat(Json.at(Json.parse(elsewhere.body()), "parameter")).isEqualTo("id");
    }

    @Test
    void anOccupancyReportIsCorrectedWithAReasonAndACorrectionOfAnOlderVersionIsAConflict() throws Exception {
        long location = TestData.createdByWestland(base, "locations",
                TestData.locationJson("GM1783", "Correctie " + System.nanoTime()), "locationId");
        URI reports = URI.create(base + "api/v1/locations/" + location + "/occupancy");
        HttpResponse<String> reported = Http.postJson(reports, DEMO_OFFICER.email(),
                "{\"referenceDate\":\"2025-05-01\",\"persons\":3}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        String first = (String) Json.at(Json.parse(reported.body()), "id");
        assertThat(reported.headers().firstValue("Location")).as("where it is corrected").hasValue(reports + "/" + first);
        String token = Http.tokenFor(DEMO_OFFICER.email());
        String figures = "{\"figures\":{\"referenceDate\":\"2025-05-01\",\"persons\":4},\"reason\":";

        HttpResponse<String> noReason = Http.send("PUT", URI.create(reports + "/" + first), token, "application/json",
                figures + "\" \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"parameter\":\"reason\"");

        // a body naming another location than the address is refused, not moved to it
        HttpResponse<String> elsewhere = Http.send("PUT", URI.create(reports + "/" + first), token, "application/json",
                figures.replace("{\"referenceDate\"", "{\"locationId\":" + (location + 1) + ",\"referenceDate\"")
                        + "\"Elders\"}");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("\"parameter\":\"locationId\"");
        // a misspelt field is refused by its path, not dropped, and changes nothing
        HttpResponse<String> misspelt = Http.send("PUT", URI.create(reports + "/" + first), token, "application/json",
                figures.replace("\"persons\"", "\"person\"") + "\"Verschreven\"}");
        assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);
        assertThat(Json.at(Json.parse(misspelt.body()), "parameter")).isEqualTo("figures.person");
        assertThat(Json.at(Json.parse(misspelt.body()), "detail"))
                .isEqualTo("figures.person is not a field of this request; see the OpenAPI document.");
        assertThat(Http.get(reports, DEMO_AUDITOR).body()).doesNotContain("Verschreven");
        // a record the address names that is not there is named by the address's own parameter
        HttpResponse<String> noSuchReport = Http.send("PUT", URI.create(reports + "/999999999"), token,
                "application/json", figures + "\"Nergens\"}");
        assertThat(noSuchReport.statusCode()).as(noSuchReport.body()).isEqualTo(404);
        assertThat(Json.at(Json.parse(noSuchReport.body()), "parameter")).isEqualTo("reportId");
        HttpResponse<String> noSuchLocation = Http.send("PUT",
                URI.create(base + "api/v1/locations/999999999/occupancy/" + first), token, "application/json",
                figures + "\"Nergens\"}");
        assertThat(noSuchLocation.statusCode()).as(noSuchLocation.body()).isEqualTo(404);
        assertThat(Json.at(Json.parse(noSuchLocation.body()), "parameter")).isEqualTo("id");
        long other = TestData.createdByWestland(base, "locations",
                TestData.locationJson("GM1783", "Andere " + System.nanoTime()), "locationId");
        HttpResponse<String> elsewhereReport = Http.send("PUT",
                URI.create(base + "api/v1/locations/" + other + "/occupancy/" + first), token, "application/json",
                figures + "\"Nergens\"}");
        assertThat(elsewhereReport.statusCode()).as(elsewhereReport.body()).isEqualTo(404);
        assertThat(Json.at(Json.parse(elsewhereReport.body()), "parameter")).isEqualTo("reportId");

        HttpResponse<String> corrected = Http.send("PUT", URI.create(reports + "/" + first), token, "application/json",
                figures + "\"Telling nagekeken\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(Json.at(Json.parse(corrected.body()), "figures", "persons")).isEqualTo("4");
        assertThat(Json.at(Json.parse(corrected.body()), "reason")).isEqualTo("Telling nagekeken");

        // the version corrected is no longer the latest: correcting it again would undo what was just corrected
        HttpResponse<String> stale = Http.send("PUT", URI.create(reports + "/" + first), token, "application/json",
                figures + "\"Nog eens\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).as("a program has no page to reload").contains("read the reports again")
                .doesNotContain("reload the page");
        assertThat(Http.get(reports, DEMO_AUDITOR).body()).contains("Telling nagekeken").doesNotContain("Nog eens");
        // the version corrected is still read at its own address, as recorded
        HttpResponse<String> before = Http.get(URI.create(reports + "/" + first), DEMO_AUDITOR);
        assertThat(Json.at(Json.parse(before.body()), "figures", "persons")).as(before.body()).isEqualTo("3");
        assertThat(Json.at(Json.parse(Http.get(URI.create(reports + "/" + Json.at(Json.parse(corrected.body()), "id")),
                DEMO_AUDITOR).body()), "supersedes")).isEqualTo(first);

        // a date that does not exist is named as such, with its field
        HttpResponse<String> noDay = Http.postJson(reports, DEMO_OFFICER.email(),
                "{\"referenceDate\":\"2025-02-30\",\"persons\":3}");
        assertThat(noDay.statusCode()).isEqualTo(400);
        assertThat(noDay.body()).contains("\"parameter\":\"referenceDate\"").contains("must be a date that exists");
    }
}

package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.testing.container.Races;
import nl.arbeidsmigratie.regie.web.PageClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests no page or client of ours would send, answered plainly: a form post without the page's nonce is a 400
 * that says so and runs nothing, one with a page state that is expired or broken opens the page again with a
 * message; an API request that goes wrong in any
 * way is a problem document, a 500 only for a failure on the server and then without a trace of the server.
 * And a text too long for its field is refused with that field's own limit.
 */
@ExtendWith(ArquillianExtension.class)
class ForgedRequestsIT {

    private static final String TARGET = "forged.target@forged-requests.example";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSignInPostedWithoutThePagesNonceIsA400AndNotEvenTried() throws Exception {
        TestData.account(TARGET, "OFFICER", "GM1783");
        PageClient script = new PageClient(base);
        Page login = script.get("login.xhtml");

        Page answer = script.postForm("login.xhtml", signIn(login, null, login.viewState()), Map.of());

        assertRefusedPlainly(answer);
        assertThat(failedSignIns()).as("the sign-in was not even tried").isZero();
    }

    @Test
    void aFormPostWithAnExpiredOrBrokenPageStateOpensThePageAgainWithAMessage() throws Exception {
        TestData.account(TARGET, "OFFICER", "GM1783");
        PageClient script = new PageClient(base);
        Page login = script.get("login.xhtml");

        for (String state : new String[] {"-1234567890:987654321", "garbage"}) {
            Page full = script.postForm("login.xhtml", signIn(login, login.nonce(), state), Map.of());
            assertThat(full.status()).as(state + ": " + full.body()).isEqualTo(302);
            assertThat(full.location()).endsWith("/login.xhtml");
            assertThat(script.get("login.xhtml").body()).as(state).contains("opnieuw geopend")
                    .doesNotContain("Exception");

            Map<String, String> ajax = new LinkedHashMap<>(signIn(login, login.nonce(), state));
            ajax.putAll(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "login:submit",
                    "jakarta.faces.partial.execute", "login"));
            Page partial = script.postForm("login.xhtml", ajax, Map.of("Faces-Request", "partial/ajax"));
            assertThat(partial.status()).as(state + ": " + partial.body()).isEqualTo(200);
            assertThat(partial.body()).contains("<redirect url=\"").contains("/login.xhtml")
                    .doesNotContain("Exception");
        }
        assertThat(failedSignIns()).as("no sign-in was tried").isZero();

        // another page's state (with that page's nonce) restores nothing of that page: this page, as opened
        Page another = script.get("forgot.xhtml");
        Page answer = script.postForm("login.xhtml", Map.of("login", "login", "jakarta.faces.ViewState",
                another.viewState(), "primefaces.nonce", another.nonce()), Map.of());
        // as opened, or opened again with the message, as the states of the two pages happen to fit together
        assertThat(answer.status()).isIn(200, 302);
        Page shown = answer.status() == 302 ? script.get("login.xhtml") : answer;
        assertThat(shown.body()).contains("id=\"login\"").doesNotContain("id=\"forgot\"").doesNotContain("Exception");

        // an ajax post with neither state nor nonce is no post of a page
        Page forged = script.postForm("login.xhtml", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "login:submit", "login", "login"), Map.of("Faces-Request", "partial/ajax"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).doesNotContain("Exception").doesNotContain("Payara");
    }

    @Test
    void aFormPostWithoutAnyPageStateShowsThePageAndDoesNothing() throws Exception {
        TestData.account(TARGET, "OFFICER", "GM1783");
        PageClient script = new PageClient(base);
        Page login = script.get("login.xhtml");

        Page answer = script.postForm("login.xhtml", signIn(login, login.nonce(), null), Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"login\"").doesNotContain("id=\"error-text\"");
        assertThat(failedSignIns()).isZero();
    }

    @Test
    void aSignedInPagePostedWithoutItsNonceOrWithPagingNoPaginatorSendsIsA400() throws Exception {
        TestData.account(TARGET, "OFFICER", "GM1783");
        PageClient officer = PageClient.signedIn(base, TARGET, DEMO_OFFICER.password());
        Page profile = officer.get("app/registration/profile.xhtml");
        Map<String, String> params = new LinkedHashMap<>(profile.form("tokens").fields());
        params.put("tokens:name", "Vervalst zonder nonce");
        params.put("tokens", "tokens");
        params.put("tokens:create", "tokens:create");
        params.put("jakarta.faces.ViewState", profile.viewState());

        assertRefusedPlainly(officer.postForm("app/registration/profile.xhtml", params, Map.of()));
        assertThat(count("select count(*) from registration.api_token where name = ?", "Vervalst zonder nonce"))
                .as("no token made").isZero();

        // with a nonce, but not the page's: refused before its action runs, full post and ajax alike
        String otherNonce = officer.get("app/registration/profile.xhtml").nonce();
        assertThat(otherNonce).isNotEqualTo(profile.nonce());
        params.put("tokens:name", "Vervalst met andere nonce");
        params.put("primefaces.nonce", otherNonce);
        assertRefusedPlainly(officer.postForm("app/registration/profile.xhtml", params, Map.of()));
        Map<String, String> ajax = new LinkedHashMap<>(params);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "tokens:create");
        ajax.put("jakarta.faces.partial.execute", "tokens");
        ajax.put("jakarta.faces.partial.render", "tokens");
        assertRefusedPlainly(officer.postForm("app/registration/profile.xhtml", ajax,
                Map.of("Faces-Request", "partial/ajax")));
        assertThat(count("select count(*) from registration.api_token where name = ?", "Vervalst met andere nonce"))
                .as("no token made").isZero();

        // the page's own form, nonce and state, sent as a link: a postback is a post
        Map<String, String> asLink = new LinkedHashMap<>(params);
        asLink.put("tokens:name", "Vervalst als link");
        asLink.put("primefaces.nonce", profile.nonce());
        assertRefusedPlainly(officer.get("app/registration/profile.xhtml?" + asLink.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"))));
        assertThat(count("select count(*) from registration.api_token where name = ?", "Vervalst als link"))
                .as("no token made").isZero();

        // the page's own form with a name larger than the server reads: refused saying so, not a server error
        Map<String, String> huge = new LinkedHashMap<>(params);
        huge.put("tokens:name", "x".repeat(2_100_000));
        huge.put("primefaces.nonce", profile.nonce());
        Page tooLarge = officer.postForm("app/registration/profile.xhtml", huge, Map.of());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("te groot (meer dan 2 MB)").doesNotContain("Exception");
        assertThat(officer.get("app/registration/profile.xhtml").status()).as("the session goes on").isEqualTo(200);

        // a table's page asked for with paging no paginator sends
        Page list = officer.get("app/registration/municipalities.xhtml");
        for (String[] paging : new String[][] {{"list:table_first", "abc"}, {"list:table_first", "-50"},
                {"list:table_rows", "100000000"}}) {
            assertRefusedPlainly(officer.postForm("app/registration/municipalities.xhtml", Map.of("list", "list",
                    "jakarta.faces.ViewState", list.viewState(), "primefaces.nonce", list.nonce(),
                    "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "list:table",
                    "list:table_pagination", "true", paging[0], paging[1]), Map.of("Faces-Request", "partial/ajax")));
        }
        // and sorted in a direction no column header sends
        for (String direction : new String[] {"1;DROP", "2", ""}) {
            assertRefusedPlainly(officer.postForm("app/registration/municipalities.xhtml", Map.of("list", "list",
                    "jakarta.faces.ViewState", list.viewState(), "primefaces.nonce", list.nonce(),
                    "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "list:table",
                    "list:table_sorting", "true", "list:table_sortKey", "list:table:name", "list:table_sortDir",
                    direction), Map.of("Faces-Request", "partial/ajax")));
        }
    }

    @Test
    void anAjaxUploadWithoutTheFileCountItsUploadSendsIsA400() throws Exception {
        TestData.account(TARGET, "OFFICER", "GM1783");
        PageClient officer = PageClient.signedIn(base, TARGET, DEMO_OFFICER.password());
        Page page = officer.get("app/monitoring/import.xhtml");
        Map<String, String> params = new LinkedHashMap<>(Map.of("importForm", "importForm",
                "jakarta.faces.ViewState", page.viewState(), "primefaces.nonce", page.nonce(),
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "importForm:file",
                "jakarta.faces.partial.execute", "importForm:file"));
        byte[] csv = "bag_id;peildatum;personen\n".getBytes(StandardCharsets.UTF_8);
        for (String count : new String[] {null, "abc"}) {
            Map<String, String> forged = new LinkedHashMap<>(params);
            if (count != null) {
                forged.put("importForm:file_totalFilesCount", count);
            }
            assertRefusedPlainly(officer.postUpload("app/monitoring/import.xhtml", forged, "importForm:file",
                    "vervalst.csv", csv, Map.of("Faces-Request", "partial/ajax")));
        }
        params.put("importForm:file_totalFilesCount", "1");
        Page sent = officer.postUpload("app/monitoring/import.xhtml", params, "importForm:file", "echt.csv", csv,
                Map.of("Faces-Request", "partial/ajax"));
        assertThat(sent.status()).as("as the upload sends it").isEqualTo(200);
        assertThat(sent.body()).doesNotContain("form-refused").doesNotContain("error-text");
    }

    @Test
    void aMultipartBodyThatBreaksOffIsA400() throws Exception {
        PageClient script = new PageClient(base);
        byte[] brokenOff = "--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertRefusedPlainly(script.postRaw("login.xhtml", "multipart/form-data; boundary=xx", brokenOff));
        assertRefusedPlainly(script.postRaw("newsletter.xhtml", "multipart/form-data",
                "garbage".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anAcceptHeaderNoMediaTypeCanBeMadeOfCountsAsAbsent() throws Exception {
        String token = Http.tokenFor(DEMO_OFFICER.email());
        for (String accept : List.of("text/html;q=abc", "*/*;q=abc", "application/json;charset=xxx",
                "application/json;q=2", "a/b/c", ",,,", ",text/html")) {
            HttpResponse<String> api = Http.getWith(URI.create(base + "api/v1/municipalities?size=1"),
                    "Authorization", "Bearer " + token, "Accept", accept);
            assertThat(api.statusCode()).as(accept + ": " + api.body()).isEqualTo(200);
            assertThat(api.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
            HttpResponse<String> page = Http.getWith(URI.create(base + "login.xhtml"), "Accept", accept);
            assertThat(page.statusCode()).as(accept).isEqualTo(200);
            assertThat(page.body()).contains("id=\"login\"");
        }
    }

    @Test
    void aPageAnswersOnlyTheMethodsAPageIsReadAndPostedWith() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> answer = Http.send(method, URI.create(base + "login.xhtml"), null, null, null);
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD, POST");
        }
        HttpResponse<String> options = Http.send("OPTIONS", URI.create(base + "login.xhtml"), null, null, null);
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
    }

    @Test
    void aRecordHasOneAddressNotOnePerWayOfWritingItsNumber() throws Exception {
        HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/strategy/documents"),
                DEMO_OFFICER.email(), "{\"kind\":\"POLICY_RULES\",\"title\":\"Eén adres " + UUID.randomUUID() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = String.valueOf(Json.at(Json.parse(created.body()), "id"));
        // the same number in Arabic-Indic digits, and with a plus sign
        String arabic = id.chars().mapToObj(digit -> String.valueOf((char) (digit - '0' + 0x0660)))
                .collect(Collectors.joining());
        PageClient officer = PageClient.signedIn(base, DEMO_OFFICER.email(), DEMO_OFFICER.password());
        assertThat(officer.get("app/strategy/document.xhtml?id=" + id).status()).isEqualTo(200);
        for (String other : List.of(arabic, "+" + id)) {
            String asked = URLEncoder.encode(other, StandardCharsets.UTF_8);
            for (String page : List.of("app/strategy/document.xhtml?id=", "app/strategy/versions.xhtml?id=")) {
                assertThat(officer.get(page + asked).status()).as(page + other).isEqualTo(404);
            }
            HttpResponse<String> api = Http.get(URI.create(base + "api/v1/strategy/documents/" + asked),
                    DEMO_OFFICER.email());
            assertThat(api.statusCode()).as("the API, " + other).isEqualTo(404);
            assertThat(api.body()).doesNotContain("Eén adres");
        }
        assertThat(Http.get(URI.create(base + "api/v1/strategy/documents/" + id), DEMO_OFFICER.email()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aLinkOutsideThePagesAnswersOnlyItsMethodsAndSaysWhich() throws Exception {
        Map<String, String> allowed = Map.of("newsletter/unsubscribe?token=x", "GET, HEAD, POST",
                "calendars/unknown.ics", "GET, HEAD");
        for (Map.Entry<String, String> link : allowed.entrySet()) {
            URI uri = URI.create(base + link.getKey());
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<String> answer = Http.send(method, uri, null, null, null);
                assertThat(answer.statusCode()).as(method + " " + uri).isEqualTo(405);
                assertThat(answer.headers().firstValue("Allow")).as(method + " " + uri).hasValue(link.getValue());
            }
            HttpResponse<String> options = Http.send("OPTIONS", uri, null, null, null);
            assertThat(options.statusCode()).as("OPTIONS " + uri).isEqualTo(204);
            assertThat(options.headers().firstValue("Allow")).as("OPTIONS " + uri).hasValue(link.getValue());
        }
    }

    @Test
    void aTextTooLongForItsFieldIsRefusedWithThatFieldsLimit() throws Exception {
        // a count's source takes 300 characters, more than the 200 its message once named
        HttpResponse<String> count = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                TestData.countJson("GM1783", "B".repeat(301)));
        assertThat(count.statusCode()).isEqualTo(400);
        assertThat(count.body()).contains("\"parameter\":\"source\"").contains("longer than 300 characters");
        HttpResponse<String> location = Http.postJson(URI.create(base + "api/v1/locations"), DEMO_OFFICER.email(),
                TestData.locationJson("GM1783", "L".repeat(301)));
        assertThat(location.body()).contains("\"parameter\":\"name\"").contains("longer than 300 characters");
    }

    @Test
    void aFileCorrectingACountSomeoneElseCorrectsMeanwhileIsA409ThatSaysSo() throws Exception {
        String source = "Tegelijk " + UUID.randomUUID();
        String file = "gemeentecode;peildatum;ingeschreven_brp;bron;definitie\nGM1783;2020-07-01;4500;" + source
                + ";wonend\n";
        URI imports = URI.create(base + "api/v1/imports/counts?name=tegelijk.csv");
        assertThat(Http.post(imports, DEMO_OFFICER.email(), "text/csv", file).statusCode()).isEqualTo(200);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection someoneElse = TestDatabase.connect()) {
            someoneElse.setAutoCommit(false);
            try (PreparedStatement correct = someoneElse.prepareStatement("insert into monitoring.municipal_count"
                    + " (municipality_code, reference_date, registered_brp, source, definition, recorded_at, recorded_by,"
                    + " supersedes_id, reason) select municipality_code, reference_date, 1, source, definition, now(),"
                    + " 'formulier', id, 'formulier' from monitoring.municipal_count where source = ?")) {
                correct.setString(1, source);
                correct.executeUpdate();
            }
            HttpResponse<String> answer = Races.lostBy(someoneElse, () -> Http.post(imports, DEMO_OFFICER.email(),
                    "text/csv", file.replace("4500", "4600")), caller);
            assertProblem(answer, 409);
            assertThat(answer.body())
                    .contains("Someone else recorded or corrected records of this file in the meantime");
        } finally {
            caller.shutdownNow();
        }
        assertThat(count("select count(*) from monitoring.municipal_count where source = ?", source))
                .as("the file's correction not stored").isEqualTo(2);
    }

    @Test
    void aDateBeyondWhatCanBeStoredIsA400() throws Exception {
        String token = Http.tokenFor(DEMO_OFFICER.email());
        HttpResponse<String> parameter = Http.getWithToken(URI.create(base
                + "api/v1/counts?municipality=GM1783&asKnownOn=-999999999-01-01"), token);
        assertProblem(parameter, 400);
        assertThat(parameter.body()).contains("\"parameter\":\"asKnownOn\"");
        assertProblem(Http.getWithToken(URI.create(base + "api/v1/regional-picture/national?date=%2B99999-12-31"),
                token), 400);
        assertProblem(Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                TestData.countJson("GM1783", "Ver verleden").replace("2025-05-01", "-4713-01-01")), 400);
    }

    @Test
    void aBodyTheApiCannotReadIsA400ProblemDocument() throws Exception {
        URI locations = URI.create(base + "api/v1/locations");
        for (String body : new String[] {"{\"name\": ", "[1, 2]", "{\"facilities\": {\"beds\": \"many\"}}"}) {
            HttpResponse<String> answer = Http.postJson(locations, DEMO_OFFICER.email(), body);
            assertProblem(answer, 400);
        }
        HttpResponse<String> brokenOff = Http.postJson(locations, DEMO_OFFICER.email(), "{\"name\": \"Kas\",\n\"city\" ");
        assertProblem(brokenOff, 400);
        assertThat(brokenOff.body()).as("where the JSON goes wrong").contains("no valid JSON", "on line 2.");
        HttpResponse<String> wrongType = Http.postJson(URI.create(base + "api/v1/locations/1/occupancy"),
                DEMO_OFFICER.email(), "{\"referenceDate\":\"garbage\",\"persons\":1}");
        assertProblem(wrongType, 400);
        assertThat(wrongType.body()).contains("\"parameter\":\"referenceDate\"");
    }

    @Test
    void whatTheApiRuntimeRefusesIsAProblemDocumentToo() throws Exception {
        String token = Http.tokenFor(DEMO_OFFICER.email());
        assertProblem(Http.getWithToken(URI.create(base + "api/v1/no-such-thing"), token), 404);
        assertProblem(Http.getWithToken(URI.create(base + "api/v2/locations"), token), 404);
        assertProblem(Http.getWithToken(URI.create(base + "api/"), token), 404);
        assertProblem(Http.getWithToken(URI.create(base + "api/v1/locations/not-a-number"), token), 404);
        // HEAD wherever GET is allowed, as it is answered there
        Map<String, String> allowed = Map.of("api/v1/locations", "GET, HEAD, OPTIONS, POST", "api/v1/locations/1",
                "GET, HEAD, OPTIONS", "api/v1/sessions/registrations/1", "DELETE, GET, HEAD, OPTIONS",
                "api/v1/sessions/series/1/calendar-feed", "DELETE, OPTIONS, POST");
        for (Map.Entry<String, String> address : allowed.entrySet()) {
            HttpResponse<String> patch = Http.send("PATCH", URI.create(base + address.getKey()), token, null, null);
            assertProblem(patch, 405);
            assertThat(patch.headers().allValues("Allow")).as(address.getKey()).containsExactly(address.getValue());
        }
        // JSON weighed 0 is refused, as a type not named at all is, also beside a range that would take it
        for (String accept : List.of("text/plain", "application/json;q=0", "application/json;q=0, */*",
                "application/*;q=0", "*/*;q=0", "text/csv, image/*")) {
            HttpResponse<String> refused = Http.getWith(URI.create(base + "api/v1/municipalities"),
                    "Authorization", "Bearer " + token, "Accept", accept);
            assertProblem(refused, 406);
            assertThat(refused.body()).as(accept).contains("cannot answer in the media type").doesNotContain("items");
        }
        HttpResponse<String> weighed = Http.getWith(URI.create(base + "api/v1/municipalities?region=Haaglanden"),
                "Authorization", "Bearer " + token, "Accept", "text/html, application/json;q=0.1, */*;q=0");
        assertThat(weighed.statusCode()).as(weighed.body()).isEqualTo(200);

        HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/locations"), DEMO_OFFICER.email(),
                TestData.locationJson("GM1783", "Nog niet bekend " + System.nanoTime()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> before = Http.getWithToken(URI.create(base + "api/v1/locations/"
                + Json.at(Json.parse(created.body()), "locationId") + "?asKnownOn=2020-01-01"), token);
        assertProblem(before, 404);
        assertThat(before.body()).contains("had not been recorded yet").contains("\"parameter\":\"asKnownOn\"");
    }

    @Test
    void aNulCharacterAnywhereInAnApiRequestIsA400NamingWhereItIs() throws Exception {
        String token = Http.tokenFor(DEMO_OFFICER.email());
        HttpResponse<String> query = Http.getWithToken(URI.create(base + "api/v1/municipalities?name=a%00b"), token);
        assertProblem(query, 400);
        assertThat(query.body()).contains("\"parameter\":\"name\"");
        HttpResponse<String> body = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                TestData.countJson("GM1783\\u0000", "Nul in de code"));
        assertProblem(body, 400);
        assertThat(body.body()).contains("\"parameter\":\"municipalityCode\"");
        // an unknown property whose array never closes: refused at once, not read on without end
        HttpResponse<String> unclosed = Http.postJson(URI.create(base + "api/v1/counts"), DEMO_OFFICER.email(),
                "{\"figures\": [");
        assertProblem(unclosed, 400);
    }

    @Test
    void aFailureOnTheServerIsA500ProblemDocumentThatTellsNothingAboutTheServer() throws Exception {
        String runtimeUser = System.getProperty(TestDatabase.RUNTIME_USER_PROPERTY);
        assumeFalse(runtimeUser == null || runtimeUser.equals(System.getProperty(TestDatabase.USER_PROPERTY)),
                "the application runs as the tables' owner here; nothing can be taken from it");
        URI municipalities = URI.create(base + "api/v1/municipalities");
        String token = Http.tokenFor(DEMO_OFFICER.email());
        try {
            // the database refuses the application's query, as a database under repair or misconfigured would
            execute("revoke select on registration.municipality from " + runtimeUser);
            HttpResponse<String> answer = Http.getWithToken(municipalities, token);
            assertProblem(answer, 500);
            assertThat(answer.body()).contains("error on the server").doesNotContain("permission")
                    .doesNotContain("municipality");
        } finally {
            execute("grant select on registration.municipality to " + runtimeUser);
        }
        assertThat(Http.getWithToken(municipalities, token).statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("Exception")
                .doesNotContain("Payara").doesNotContain("yasson").doesNotContainPattern("at [a-z]+\\.[a-z]+\\.");
        assertThat(answer.headers().firstValue("Server")).isEmpty();
    }

    private static void assertRefusedPlainly(Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("id=\"form-refused\"").contains("Open de pagina opnieuw")
                .doesNotContain("Exception").doesNotContain("Payara").doesNotContain("nonce");
    }

    /** A sign-in of the target with a wrong password, posted with this nonce and page state (null: none). */
    private static Map<String, String> signIn(Page login, String nonce, String viewState) {
        Map<String, String> params = new LinkedHashMap<>(login.form("login").fields());
        params.put("login:email", TARGET);
        params.put("login:password", "wrong password, not tried");
        params.put("login", "login");
        params.put("login:submit", "");
        if (nonce != null) {
            params.put("primefaces.nonce", nonce);
        }
        if (viewState != null) {
            params.put("jakarta.faces.ViewState", viewState);
        }
        return params;
    }

    private static long failedSignIns() throws SQLException {
        return count("select failed_logins from registration.account where email = ?", TARGET);
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            db.createStatement().execute(sql);
        }
    }
}

package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API, OpenAPI document, health endpoint and response headers of the packaged WAR. */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

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
        assertThat(response.body()).doesNotContain("GM0518");

        HttpResponse<String> unknown = Http.getWithToken(api(""), "regie_" + "x".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer ").contains("invalid_token"));
        assertThat(unknown.body()).contains("\"status\":401").doesNotContain("GM0518");
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
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi = Http.get(URI.create(base.toString()).resolve("/openapi"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/municipalities").contains("Arbeidsmigratie Regie API")
                .contains("bearer").doesNotContain("basic");
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> health = Http.get(URI.create(base.toString()).resolve("/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");
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
}

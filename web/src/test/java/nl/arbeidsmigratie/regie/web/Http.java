package nl.arbeidsmigratie.regie.web;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;

/** A plain HTTP client as an API caller would use it. */
final class Http {

    /** A path key of the OpenAPI document, YAML or JSON, with or without the context root before api/v1. */
    private static final Pattern API_PATH = Pattern.compile("(?m)^\\s*[\"']?/(?:[^\\s\"']*/)?api/v1(/[^\"':\\s]*)[\"']?\\s*:");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI uri, DemoAccount account) throws IOException, InterruptedException {
        return get(uri, account.email(), account.password());
    }

    static HttpResponse<String> get(URI uri, String user, String password) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(URI uri, String user, String password, String json)
            throws IOException, InterruptedException {
        return post(uri, user, password, "application/json", json);
    }

    static HttpResponse<String> post(URI uri, String user, String password, String contentType, String body)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + credentials)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every path of the API in the OpenAPI document, such as {@code /api/v1/editions/{id}}. */
    static List<String> apiPaths(URL base) throws IOException, InterruptedException {
        HttpResponse<String> openapi = get(URI.create(base.toString()).resolve("/openapi"));
        if (openapi.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + openapi.statusCode());
        }
        List<String> paths = new ArrayList<>();
        Matcher m = API_PATH.matcher(openapi.body());
        while (m.find()) {
            paths.add("/api/v1" + m.group(1));
        }
        return paths;
    }
}

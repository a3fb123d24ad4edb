package nl.arbeidsmigratie.regie.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** A GET with extra request headers, name and value in turn. */
    static HttpResponse<String> getWith(URI uri, String... headers) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).headers(headers).timeout(Duration.ofSeconds(30)).build(),
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

    /** An answer to {@link #raw}: header names in lower case. */
    record RawResponse(int status, Map<String, List<String>> headers, String body) {

        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /**
     * A request written by hand to the server of {@code server}, so that it can carry a {@code Host} header of
     * the caller's choosing, which HTTP clients refuse to send. {@code cookie} and {@code form} may be null.
     */
    static RawResponse raw(URL server, String method, String path, String host, String cookie, String form)
            throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                .append("Host: ").append(host).append("\r\n");
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end < 0 ? answer.length() : end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            name -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
                }
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    end < 0 ? "" : answer.substring(end + 4));
        }
    }
}

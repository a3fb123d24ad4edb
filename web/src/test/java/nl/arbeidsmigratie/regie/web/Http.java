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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.TestDatabase;

/**
 * A plain HTTP client as an API caller would use it: with a personal API token ({@code Authorization: Bearer}).
 * The token of an account is made once per test JVM the way the product stores one (a row holding the SHA-256
 * of a random {@code regie_} secret) and kept for every later call as that account.
 */
final class Http {

    /** A path key of the OpenAPI document, YAML or JSON, with or without the context root before api/v1. */
    private static final Pattern API_PATH = Pattern.compile("(?m)^\\s*[\"']?/(?:[^\\s\"']*/)?api/v1(/[^\"':\\s]*)[\"']?\\s*:");
    /**
     * The API paths every signed-in person may read: registers, aggregates and lists scoped to the caller, none
     * naming another municipality's locations or drafts; every other path is about one municipality's records.
     */
    static final Pattern OPEN_TO_ALL_SIGNED_IN = Pattern.compile("/api/v1/(municipalities|editions|enrolments"
            + "|regional-picture|imports/\\{kind}/template|sessions/.*|strategy/documents(?!/)).*");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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

    /** A file behind a link of a page, fetched as the signed-in browser would, with its session cookies. */
    static HttpResponse<byte[]> asBrowser(BrowserSession browser, String link) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(link + " answered " + response.statusCode());
        }
        return response;
    }

    static HttpResponse<String> get(URI uri, DemoAccount account) throws IOException, InterruptedException {
        return get(uri, account.email());
    }

    /** A GET as the account with this email, through its API token. */
    static HttpResponse<String> get(URI uri, String email) throws IOException, InterruptedException {
        return getWithToken(uri, tokenFor(email));
    }

    /** A GET with exactly this bearer token (any text, valid or not). */
    static HttpResponse<String> getWithToken(URI uri, String token) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(URI uri, String email, String json) throws IOException, InterruptedException {
        return post(uri, email, "application/json", json);
    }

    static HttpResponse<String> post(URI uri, String email, String contentType, String body)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokenFor(email))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code body} as it is, bytes that are no UTF-8 included. */
    static HttpResponse<String> postBytes(URI uri, String email, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokenFor(email))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The API token of the account with this email, made on first use (valid for a day). */
    static String tokenFor(String email) {
        return TOKENS.computeIfAbsent(email.toLowerCase(java.util.Locale.ROOT), Http::insertToken);
    }

    private static String insertToken(String email) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "regie_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into registration.api_token (account_id, name, "
                     + "secret_hash, created_at, expires_at) select id, 'Test client', ?, now(), now() + interval '1 day' "
                     + "from registration.account where lower(email) = ?")) {
            insert.setString(1, sha256(secret));
            insert.setString(2, email);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + email + " to make an API token for");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an API token for " + email, e);
        }
        return secret;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** Every operation of the API in the OpenAPI document: its path and its method in upper case. */
    record Operation(String path, String method) {

        /** The query parameters the operation takes, as {@link #apiOperations} read them from the document. */
        Set<String> query() {
            return QUERY.getOrDefault(this, Set.of());
        }
    }

    private static final Map<Operation, Set<String>> QUERY = new ConcurrentHashMap<>();

    private static final Pattern METHOD = Pattern.compile("^(\\s*)(get|put|post|delete|patch):\\s*$");

    static List<Operation> apiOperations(URL base) throws IOException, InterruptedException {
        HttpResponse<String> openapi = get(URI.create(base.toString()).resolve("/openapi"));
        if (openapi.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + openapi.statusCode());
        }
        List<Operation> operations = new ArrayList<>();
        String path = null;
        String parameter = null;
        int pathIndent = -1;
        for (String line : openapi.body().split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            Matcher pathLine = API_PATH.matcher(line);
            Matcher methodLine = METHOD.matcher(line);
            if (pathLine.find()) {
                path = "/api/v1" + pathLine.group(1);
                pathIndent = indent;
            } else if (path != null && methodLine.matches() && indent > pathIndent) {
                operations.add(new Operation(path, methodLine.group(2).toUpperCase(Locale.ROOT)));
            } else if (!line.isBlank() && indent <= pathIndent) {
                path = null;
            } else if (line.strip().startsWith("- name: ")) {
                parameter = line.strip().substring("- name: ".length());
            } else if (line.strip().equals("in: query") && parameter != null && !operations.isEmpty()) {
                QUERY.computeIfAbsent(operations.get(operations.size() - 1), o -> ConcurrentHashMap.newKeySet())
                        .add(parameter);
            }
        }
        return operations;
    }

    /** Any request; {@code token} may be null (anonymous) and {@code body} null (none). */
    static HttpResponse<String> send(String method, URI uri, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token of this account that was revoked right after it was made. */
    static String revokedTokenFor(String email) {
        String secret = insertToken(email);
        try (Connection db = TestDatabase.connect();
             PreparedStatement revoke = db.prepareStatement("update registration.api_token set revoked_at = now(), "
                     + "revoked_by = 'test' where secret_hash = ?")) {
            revoke.setString(1, sha256(secret));
            revoke.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke the API token of " + email, e);
        }
        return secret;
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

package nl.arbeidsmigratie.regie.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session on the pages, without a browser: the session cookie, and every form posted with the
 * page's view state and the nonce PrimeFaces put in it (its CSP mode refuses a post without it). Pages are fetched
 * whole, as the browser fetches them; scripts, styles and images are not.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("regie_[A-Za-z0-9_-]{43}");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    private PageSession(String base) {
        this.base = base;
    }

    /** Signs in through the sign-in form; fails the run unless it lands on a page of the application. */
    static PageSession signIn(String base, String email, String password) throws IOException, InterruptedException {
        PageSession session = new PageSession(base);
        Map<String, String> form = session.formOf("login.xhtml");
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "");
        HttpResponse<String> landed = session.post("login.xhtml", form, false);
        if (landed.statusCode() != 200 || !landed.uri().getPath().startsWith("/app/")) {
            throw new IllegalStateException("signing in as " + email + " ended at " + landed.uri() + " ("
                    + landed.statusCode() + ")");
        }
        return session;
    }

    /** A page as the browser opens it, its HTML returned; anything but 200 fails the run. */
    String open(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.uri().getPath().equals(URI.create(base + path).getPath())) {
            throw new IllegalStateException("opening " + path + " ended at " + page.uri() + " (" + page.statusCode() + ")");
        }
        return page.body();
    }

    /**
     * A new personal API token on the profile page, its Ajax form posted as the browser posts it (name given,
     * expiry left to the product's default); the secret is read from the answer, where the product shows it once.
     */
    String createApiToken() throws IOException, InterruptedException {
        String page = "app/registration/profile.xhtml";
        Map<String, String> form = formOf(page);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "tokens:create");
        form.put("jakarta.faces.partial.execute", "tokens");
        form.put("jakarta.faces.partial.render", "tokens messages");
        form.put("tokens:create", "tokens:create");
        form.put("tokens", "tokens");
        form.put("tokens:name", "benchmark");
        form.put("tokens:expiresOn_input", "");
        String answer = post(page, form, true).body();
        Matcher secret = SECRET.matcher(answer);
        if (!secret.find()) {
            throw new IllegalStateException("the profile page issued no token: " + answer);
        }
        return secret.group();
    }

    /** The hidden fields every post of {@code page} needs: its view state and its CSP nonce. */
    private Map<String, String> formOf(String page) throws IOException, InterruptedException {
        String html = open(page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.ViewState", unescaped(find(VIEW_STATE, html, "view state of " + page)));
        form.put("primefaces.nonce", find(NONCE, html, "CSP nonce of " + page));
        return form;
    }

    private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encoded(e.getKey()) + "=" + encoded(e.getValue())).collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the page");
        }
        return m.group(1);
    }

    private static String unescaped(String attribute) {
        return attribute.replace("&#58;", ":").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

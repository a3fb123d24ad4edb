package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the simulations share: the settings (system properties, set by the {@code load} profile), the demo accounts,
 * the sign-in through the JSF form and PrimeFaces' Ajax requests as a browser sends them.
 *
 * <p>A JSF post carries the page's view state and, because the product runs PrimeFaces in CSP mode, the page's nonce
 * ({@code primefaces.nonce}); both are read from the page that was opened last.
 */
final class Load {

    static final String BASE_URL = System.getProperty("load.base-url", "http://localhost:8080/").replaceAll("/+$", "");

    /** A demo account of the run command (README) and the municipality whose data it works on. */
    record Account(String email, String password, String municipality) {
        Map<String, Object> asRecord() {
            return Map.of("email", email, "password", password, "municipality", municipality);
        }
    }

    /** A coordinator (who may work on any municipality; Rotterdam here) and two officers of their own. */
    static final List<Account> ACCOUNTS = List.of(
            new Account("coordinator@demo.regie.local", "demo-coordinator-2026", "GM0599"),
            new Account("officer.westland@demo.regie.local", "demo-officer-2026", "GM1783"),
            new Account("officer.denhaag@demo.regie.local", "demo-officer-2026", "GM0518"));

    /** The personal API tokens the setup created, one per account, in the order of {@link #ACCOUNTS}. */
    static final List<Map<String, Object>> TOKENS = new CopyOnWriteArrayList<>();

    private Load() {
    }

    static int integer(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }

    /**
     * Waits (at most five minutes) until the server has been nearly idle for five seconds (under half a core), so
     * that a simulation does not measure the queue an earlier one left behind: requests a client gave up on, such as
     * sign-ins waiting for their password hash, are still worked off by the server.
     */
    static void awaitQuietServer() {
        ProcessHandle server = ProcessHandle.of(Heap.ofServer().pid()).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Duration before = server.info().totalCpuDuration().orElse(Duration.ZERO);
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Duration used = server.info().totalCpuDuration().orElse(Duration.ZERO).minus(before);
            if (used.toMillis() < 2_500) {
                return;
            }
        }
        System.out.println("The server at " + BASE_URL + " stayed busy for five minutes; going on.");
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL).acceptLanguageHeader("nl").acceptHeader("text/html,application/xhtml+xml,*/*")
                .userAgentHeader("regie-load");
    }

    /** The demo accounts in turn, forever: one per virtual user. */
    static Iterator<Map<String, Object>> accounts() {
        return inTurn(ACCOUNTS.stream().map(Account::asRecord).toList());
    }

    /** The tokens the setup made, in turn, forever; read when a virtual user starts, after the setup. */
    static Iterator<Map<String, Object>> tokens() {
        return inTurn(TOKENS);
    }

    /** The records in turn, forever; while there are none (a setup that failed), a record that no server knows. */
    private static Iterator<Map<String, Object>> inTurn(List<Map<String, Object>> records) {
        AtomicInteger next = new AtomicInteger();
        Supplier<Map<String, Object>> one = () -> records.isEmpty()
                ? Map.of("token", "regie_none", "municipality", "GM0000", "email", "", "password", "")
                : records.get(Math.floorMod(next.getAndIncrement(), records.size()));
        return Stream.generate(one).iterator();
    }

    /** Opens a page and keeps its view state and nonce for the page's posts. */
    static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), notTheErrorPage()).check(viewState()).check(nonce());
    }

    /** Signs in as the session's {@code email} and {@code password}; the product answers with home. */
    static ChainBuilder signIn() {
        return exec(page("sign-in page", "/login.xhtml"))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login").formParam("login:next", "")
                        .formParam("login:email", "#{email}").formParam("login:password", "#{password}")
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200)).check(currentLocationRegex(".*/app/home\\.xhtml$"))
                        .check(viewState()).check(nonce()));
    }

    /** Signs out through the top bar's button of the page at {@code path}, the one opened last. */
    static ChainBuilder signOut(String path) {
        return exec(http("sign out").post(path)
                .formParam("topbar", "topbar").formParam("topbar:logout", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200)));
    }

    /**
     * A PrimeFaces Ajax request of the page at {@code path}, as its JavaScript sends it: the form, the component
     * that fired, what it executes and renders, the event and the component's own parameters.
     */
    static HttpRequestActionBuilder ajax(String name, String path, String form, String source, String execute,
            String render, String event, Map<String, Object> parameters) {
        HttpRequestActionBuilder request = http(name).post(path)
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute).formParam("jakarta.faces.partial.render", render)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}");
        if (event != null) {
            request = request.formParam("jakarta.faces.behavior.event", event)
                    .formParam("jakarta.faces.partial.event", event);
        }
        return request.formParamMap(parameters).check(partialResponse());
    }

    /**
     * An Ajax answer that is not an error: a refusal, an expired view or an exception shows as an error, a redirect
     * or the error page in the partial response, still with status 200.
     */
    static CheckBuilder[] partialResponse() {
        return new CheckBuilder[] {status().is(200), substring("<partial-response"),
            substring("<error>").notExists(), substring("<redirect").notExists(), notTheErrorPage()};
    }

    /** The error page answers 200 too (PrimeFaces' error page for Ajax, the product's own page otherwise). */
    static CheckBuilder.Final notTheErrorPage() {
        return substring("viewId:'/error.xhtml'").notExists();
    }

    /**
     * Creates a personal API token on the account page, as a person does, and keeps it with the account's
     * municipality in {@link #TOKENS}. The secret is shown once, in the Ajax response.
     */
    static ChainBuilder createToken() {
        String path = "/app/registration/profile.xhtml";
        return signIn().exec(page("account page", path))
                .exec(ajax("create API token", path, "tokens", "tokens:create", "tokens", "tokens messages", null,
                        Map.of("tokens:create", "tokens:create", "tokens:name", "load test", "tokens:expiresOn_input", ""))
                        .check(regex("(regie_[A-Za-z0-9_\\-]+)").saveAs("token")))
                .exitHereIfFailed()
                .exec(session -> {
                    TOKENS.add(Map.of("token", session.getString("token"), "municipality",
                            session.getString("municipality")));
                    return session;
                });
    }

    static CheckBuilder.Final viewState() {
        return css("input[name='jakarta.faces.ViewState']", "value").find().saveAs("viewState");
    }

    static CheckBuilder.Final nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").find().saveAs("nonce");
    }
}

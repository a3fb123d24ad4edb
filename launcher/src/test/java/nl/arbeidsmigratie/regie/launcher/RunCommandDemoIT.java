package nl.arbeidsmigratie.regie.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run command as a new user starts it: the first start loads the demo data set, a second start on the same data
 * adds nothing (the same counts), and every page each demo account can reach from its menu answers without an error
 * and without a missing translation, under the "demo data" band.
 */
class RunCommandDemoIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(6);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** A form post carries the page's script nonce, as a browser sends it; without it the post is refused. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern APP_LINK = Pattern.compile("href=\"(/app/[^\"?#]+\\.xhtml)");
    private static final Map<String, String> DEMO_ACCOUNTS = Map.of(
            "coordinator@demo.regie.local", "demo-coordinator-2026",
            "officer.westland@demo.regie.local", "demo-officer-2026",
            "officer.denhaag@demo.regie.local", "demo-officer-2026",
            "auditor@demo.regie.local", "demo-auditor-2026");
    private static final List<String> COUNTED = List.of("monitoring.municipal_count", "monitoring.housing_location",
            "monitoring.location_version", "monitoring.occupancy_report", "monitoring.fair_share_version",
            "monitoring.inspection", "monitoring.signal_case", "monitoring.import_log", "registration.contact",
            "registration.edition", "registration.enrolment", "registration.newsletter_issue", "registration.account",
            "strategy.document", "strategy.document_version", "strategy.review_comment",
            "sessions.meeting_series", "sessions.meeting", "sessions.meeting_registration", "sessions.date_poll",
            "sessions.poll_slot", "sessions.poll_answer");

    @Test
    void theDemoDataIsLoadedOnceAndEveryPageAnswersForEachDemoAccount() throws Exception {
        Path home = Files.createTempDirectory("regie-run");
        int port = freePort();
        int dbPort = freePort();
        try {
            Map<String, Long> first;
            try (Running run = Running.start(home, port, dbPort)) {
                assertThat(run.output()).anyMatch(line -> line.contains("demo data loaded"));
                // what other modules do once the demo set is committed acts as the demo coordinator, refused nowhere
                assertThat(Files.readString(home.resolve("payara.log"))).as("the first start's log")
                        .doesNotContain("Failure while notifying").doesNotContain("AccessRefusedException");
                first = counts(dbPort);
                assertThat(first).containsEntry("monitoring.municipal_count", 10L)
                        .containsEntry("monitoring.housing_location", 25L)
                        .containsEntry("monitoring.fair_share_version", 2L).containsEntry("monitoring.inspection", 3L)
                        .containsEntry("monitoring.signal_case", 4L).containsEntry("registration.enrolment", 9L)
                        .containsEntry("registration.contact", 8L).containsEntry("registration.account", 4L)
                        .containsEntry("strategy.document", 3L).containsEntry("strategy.document_version", 4L)
                        .containsEntry("strategy.review_comment", 3L)
                        .containsEntry("sessions.meeting_series", 1L).containsEntry("sessions.meeting", 4L)
                        .containsEntry("sessions.meeting_registration", 6L).containsEntry("sessions.date_poll", 1L)
                        .containsEntry("sessions.poll_slot", 3L).containsEntry("sessions.poll_answer", 6L);
                assertThat(first.get("monitoring.occupancy_report")).isGreaterThan(250L);
                int pages = 0;
                for (Map.Entry<String, String> account : DEMO_ACCOUNTS.entrySet()) {
                    pages += walk(port, account.getKey(), account.getValue());
                }
                System.out.printf("[demo walk] %d pages as %d demo accounts, no error, no missing text%n", pages,
                        DEMO_ACCOUNTS.size());
            }
            try (Running again = Running.start(home, port, dbPort)) {
                assertThat(again.output()).anyMatch(line -> line.contains("demo data present"))
                        .noneMatch(line -> line.contains("demo data loaded"));
                assertThat(counts(dbPort)).isEqualTo(first);
                // behind a proxy that ends TLS: the session cookie is Secure and a redirect stays on https
                HttpClient behindProxy = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                HttpResponse<String> signIn = behindProxy.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/login.xhtml")).header("X-Forwarded-Proto", "https").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty()
                        .allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
                HttpResponse<String> signedOut = behindProxy.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/app/home.xhtml")).header("X-Forwarded-Proto", "https").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).as("the browser stays on https: a path only")
                                .startsWith("/login.xhtml"));
            }
        } finally {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Signs in and opens every page of the account's menu; answers how many pages were opened. */
    private static int walk(int port, String email, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> login = get(browser, base + "/login.xhtml");
        Matcher state = VIEW_STATE.matcher(login.body());
        assertThat(state.find()).as("view state of the sign-in page").isTrue();
        Matcher nonce = NONCE.matcher(login.body());
        assertThat(nonce.find()).as("script nonce of the sign-in page").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        form.put("primefaces.nonce", nonce.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as(email + " signed in").endsWith("/app/home.xhtml");
        if (email.startsWith("officer.westland")) {
            // the open signal names the location it concerns, and its day the Dutch way
            assertThat(signedIn.body()).as("Westland's home").contains("Overlast: Tenten bij de kassen")
                    .containsPattern("· \\d{2}-\\d{2}-\\d{4} ·");
        }
        TreeSet<String> pages = new TreeSet<>(List.of("/app/home.xhtml"));
        Matcher links = APP_LINK.matcher(signedIn.body());
        while (links.find()) {
            pages.add(links.group(1));
        }
        assertThat(pages).as(email + "'s menu").hasSizeGreaterThan(3);
        for (String page : pages) {
            HttpResponse<String> answer = get(browser, base + page);
            assertThat(answer.statusCode()).as(email + " " + page).isEqualTo(200);
            assertThat(answer.body()).as(email + " " + page).doesNotContain("???").contains("id=\"demo-band\"");
        }
        return pages.size();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> counts(int dbPort) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "postgres", "postgres"); Statement s = c.createStatement()) {
            for (String table : COUNTED) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The run command's launcher in a process of its own, started until it says it is ready, stopped on close. */
    private record Running(Process process, List<String> output) implements AutoCloseable {

        static Running start(Path home, int port, int dbPort) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dregie.war=" + System.getProperty("regie.war"),
                    Launcher.class.getName()).redirectErrorStream(true);
            builder.environment().remove("DB_URL");
            builder.environment().put("REGIE_HOME", home.toString());
            builder.environment().put("PORT", String.valueOf(port));
            builder.environment().put("REGIE_DB_PORT", String.valueOf(dbPort));
            builder.environment().put("MAIL_MODE", "log");
            Process process = builder.start();
            List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            long until = System.nanoTime() + START_LIMIT.toNanos();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.contains("ready: http")) {
                    Thread drain = new Thread(() -> lines.lines().forEach(output::add));
                    drain.setDaemon(true);
                    drain.start();
                    return new Running(process, output);
                }
                if (System.nanoTime() > until) {
                    break;
                }
            }
            process.destroy();
            throw new AssertionError("the run command did not start:\n" + String.join("\n", output));
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }
}

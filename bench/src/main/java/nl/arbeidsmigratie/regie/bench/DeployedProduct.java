package nl.arbeidsmigratie.regie.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.arbeidsmigratie.regie.launcher.Launcher;
import nl.arbeidsmigratie.regie.launcher.ParentWatch;

/**
 * The product as it is deployed: the run command's launcher, in a JVM of its own, starts Payara Micro with the
 * product's WAR on the bench's database, the superuser owning the schemas and migrating, the application connecting
 * as a user that owns nothing. The product makes its demo accounts at its first start (passwords hashed as anyone's),
 * so the bench signs in as the demo coordinator through the sign-in page and creates its API token on that person's
 * profile page, as a person does.
 */
final class DeployedProduct implements AutoCloseable {

    static final String COORDINATOR = "coordinator@demo.regie.local";
    private static final String COORDINATOR_PASSWORD = "demo-coordinator-2026";
    /** The application's own database user; the statement counts are this user's statements. */
    static final String RUNTIME_USER = "regie_bench_app";
    private static final Duration START_LIMIT = Duration.ofMinutes(6);

    private final Process launcher;
    private final String base;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private long lastFacadeMillis;

    private DeployedProduct(Process launcher, String base) {
        this.launcher = launcher;
        this.base = base;
    }

    /**
     * Starts the product on the database at {@code url} (without user or parameters) and waits until its
     * sign-in page answers; the launcher's own lines are shown as they come.
     */
    static DeployedProduct start(Connection owner, String url, String ownerUser, String ownerPassword)
            throws Exception {
        runtimeUser(owner);
        Path home = Files.createTempDirectory("regie-bench-product");
        String port = System.getenv().getOrDefault("PORT", String.valueOf(freePort()));
        String war = System.getProperty("bench.war", "web/target/regie.war");
        String classes = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String classpath = classes + java.io.File.pathSeparator
                + Files.readString(Path.of(System.getProperty("bench.classpath-file"))).strip();
        ProcessBuilder builder = new ProcessBuilder(Launcher.javaExecutable(), "-Dregie.war=" + war,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-D" + ParentWatch.WATCHED_PID + "=" + ProcessHandle.current().pid(),
                "-cp", classpath, Launcher.class.getName()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("REGIE_HOME", home.toString());
        env.put("PORT", port);
        env.put("REGIE_BASE_URL", "http://localhost:" + port + "/");
        env.put("DB_URL", url);
        env.put("DB_OWNER_USER", ownerUser);
        env.put("DB_OWNER_PASSWORD", ownerPassword);
        env.put("DB_USER", RUNTIME_USER);
        env.put("DB_PASSWORD", RUNTIME_USER);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        env.put("PLATFORM_AUDIT_KEY", Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        env.put("REGIE_DEMO_ACCOUNTS", "true");
        env.put("REGIE_DEMO_DATA", "false");
        env.put("MAIL_MODE", "log");
        // No mail is sent here: the relay's polling would only add statements to the counted page views.
        env.put("PLATFORM_OUTBOX_INTERVAL", "PT12H");
        System.out.printf("%nStarting the product (launcher, Payara Micro, log in %s)%n", home.resolve("payara.log"));
        long started = System.nanoTime();
        DeployedProduct product = new DeployedProduct(builder.start(), "http://localhost:" + port + "/");
        try {
            product.awaitReady(home);
            System.out.printf("Product ready in %.1f s at %s%n", (System.nanoTime() - started) / 1e9, product.base);
            product.token = PageSession.signIn(product.base, COORDINATOR, COORDINATOR_PASSWORD).createApiToken();
        } catch (Exception e) {
            product.close();
            throw e;
        }
        return product;
    }

    String base() {
        return base;
    }

    /** A signed-in session of the demo coordinator, through the sign-in page. */
    PageSession coordinator() throws Exception {
        return PageSession.signIn(base, COORDINATOR, COORDINATOR_PASSWORD);
    }

    /** A GET of the REST API with the coordinator's token; anything but 200 fails the run. */
    String api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + pathAndQuery))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        lastFacadeMillis = response.headers().firstValue("Server-Timing").filter(t -> t.startsWith("facade;dur="))
                .map(t -> Math.round(Double.parseDouble(t.substring("facade;dur=".length())))).orElse(-1L);
        return response.body();
    }

    /** The facade's share of the last {@link #api} request, from its Server-Timing header (ms; -1 without one). */
    long lastFacadeMillis() {
        return lastFacadeMillis;
    }

    /** The application's database user, made once: it owns nothing, as in production. */
    private static void runtimeUser(Connection owner) throws SQLException {
        try (Statement s = owner.createStatement(); var found = s.executeQuery(
                "select count(*) from pg_roles where rolname = '" + RUNTIME_USER + "'")) {
            found.next();
            if (found.getInt(1) == 0) {
                s.execute("create role " + RUNTIME_USER + " login password '" + RUNTIME_USER + "'");
            }
        }
    }

    /** Waits for the launcher's "ready" line, printed only once a real page answers 200. */
    private void awaitReady(Path home) throws Exception {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread relay = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println("  " + line);
                    if (line.contains("ready: ")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException ended) {
                // the launcher is gone
            }
            ready.complete(false);
        }, "bench-product-log");
        relay.setDaemon(true);
        relay.start();
        if (!ready.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the product did not start; see " + home.resolve("payara.log"));
        }
    }

    /** Stops the launcher, which stops Payara Micro first. */
    @Override
    public void close() throws InterruptedException {
        launcher.toHandle().destroy();
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

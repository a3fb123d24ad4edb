package nl.arbeidsmigratie.regie.bench;

import fish.payara.micro.PayaraMicro;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.arbeidsmigratie.regie.launcher.Launcher;

/**
 * Start-up time to the first signed-in page and resident memory of the product, against a bare Payara Micro serving
 * a one-page WAR, both started as the run command starts Payara Micro (same payara-micro jar, same Java, the
 * launcher's Java options and commands before boot), one after the other in interleaved rounds.
 *
 * <p>The product runs on an embedded PostgreSQL started once beforehand, as the launcher keeps it (fsync on), with
 * the demo accounts and data: the first start migrates and loads the demo data and is printed apart; the rounds are
 * restarts on that database, as every start after the first. The time runs from starting the process until the
 * page is read: for the product the home page after signing in through the sign-in form over HTTP, for the bare
 * server its one JSP. The memory is VmRSS of the server process and any process it started, read right then; the
 * database's is printed apart, as the bare server has none.
 *
 * <p>System properties: {@code regie.war} (the product's WAR), {@code bench.startup.runs} (3),
 * {@code bench.startup.port} (18140), {@code bench.startup.db.port} (54340).
 */
public final class StartupAgainstBare {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final String COORDINATOR = "coordinator@demo.regie.local";
    private static final String COORDINATOR_PASSWORD = "demo-coordinator-2026";
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final String BARE_PAGE = "bare payara micro: one page";

    private final Path war;
    private final Path bareWar;
    private final int port;
    private final int dbPort;
    private final Path work;

    private StartupAgainstBare(Path war, Path bareWar, int port, int dbPort, Path work) {
        this.war = war;
        this.bareWar = bareWar;
        this.port = port;
        this.dbPort = dbPort;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(System.getProperty("regie.war", "web/target/regie.war")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no product WAR at " + war);
        }
        int runs = Integer.getInteger("bench.startup.runs", 3);
        Path work = Files.createTempDirectory("regie-startup");
        StartupAgainstBare bench = new StartupAgainstBare(war, onePageWar(work.resolve("bare.war")),
                Integer.getInteger("bench.startup.port", 18140), Integer.getInteger("bench.startup.db.port", 54340),
                work);
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true).setPort(bench.dbPort).setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            try (Connection c = db.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role regie_app login password 'regie_app'");
            }
            System.out.printf("%nStart-up to the first page and resident memory, %d interleaved rounds; Java %s, %s, "
                            + "%d CPUs, load average %s%n", runs, System.getProperty("java.version"),
                    Path.of(payaraMicroJar()).getFileName(), Runtime.getRuntime().availableProcessors(), load());
            Started first = bench.product();
            System.out.printf("%-52s %,d ms, %,d MiB (database %,d MiB)%n",
                    "product, first start (migrations, demo data)", first.millis(), first.rssMiB(),
                    rssKiB(postgres(bench.dbPort)) / 1024);
            String product = "product: home page after signing in";
            Map<String, List<Started>> results = new LinkedHashMap<>();
            results.put(BARE_PAGE, new ArrayList<>());
            results.put(product, new ArrayList<>());
            for (int i = 0; i < runs; i++) {
                results.get(BARE_PAGE).add(bench.bare());
                results.get(product).add(bench.product());
            }
            long databaseKiB = rssKiB(postgres(bench.dbPort));
            System.out.printf("%-52s %s   %s%n", "", "ms to the page: min / median / max",
                    "RSS MiB: min / median / max");
            results.forEach((name, started) -> {
                List<Long> ms = started.stream().map(Started::millis).toList();
                List<Long> mib = started.stream().map(Started::rssMiB).toList();
                System.out.printf("%-52s %,6d / %,6d / %,6d        %,5d / %,5d / %,5d%n", name,
                        Benchmark.min(ms), Benchmark.median(ms), Benchmark.max(ms),
                        Benchmark.min(mib), Benchmark.median(mib), Benchmark.max(mib));
            });
            System.out.printf("%-52s %,d MiB (not counted above)%n", "product's database, PostgreSQL",
                    databaseKiB / 1024);
            System.out.printf("%-52s time %.2f, memory %.2f (targets at most 2)%n", "product ÷ bare, medians",
                    ratio(results.get(product), results.get(BARE_PAGE), Started::millis),
                    ratio(results.get(product), results.get(BARE_PAGE), Started::rssMiB));
            System.out.println("load average after: " + load());
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** How long a start took until its page was read, and the server's resident memory then. */
    record Started(long millis, long rssMiB) {
    }

    private Started product() throws Exception {
        List<String> options = List.of("-Dproduct.name=", "-Dregie.base-url=http://localhost:" + port + "/",
                "-Ddb.url=jdbc:postgresql://localhost:" + dbPort + "/postgres", "-Ddb.owner.user=postgres",
                "-Ddb.owner.password=postgres", "-Ddb.user=regie_app", "-Ddb.password=regie_app",
                "-Dregie.demo-accounts=true", "-Dregie.demo-data=true", "-Dmail.mode=log");
        return start(war, options, Map.of("PLATFORM_AUDIT_KEY", "synthetic-startup-benchmark-key-0123456789"),
                this::signedInHome);
    }

    private Started bare() throws Exception {
        return start(bareWar, List.of(), Map.of(), client -> {
            HttpResponse<String> page = get(client, base() + "/");
            return page.statusCode() == 200 && page.body().contains(BARE_PAGE);
        });
    }

    /** What tells that a start is complete: true once the page is there, false (or an exception) while not yet. */
    interface Page {
        boolean read(HttpClient client) throws Exception;
    }

    /** Starts Payara Micro as the launcher does, polls until the page is read, reads its memory and stops it. */
    private Started start(Path application, List<String> options, Map<String, String> environment, Page page)
            throws Exception {
        awaitFreePort();
        Path preboot = Files.writeString(work.resolve("preboot.asadmin"), Launcher.prebootCommands("127.0.0.1", false, null));
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(Launcher.javaOptions());
        command.addAll(options);
        command.addAll(List.of("-jar", payaraMicroJar(), "--deploy", application.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--prebootcommandfile", preboot.toString()));
        command.addAll(Launcher.clustering(""));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("payara.log").toFile());
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        Process server = builder.start();
        try {
            long deadline = begin + START_LIMIT.toNanos();
            while (true) {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(2)).build();
                try {
                    if (page.read(client)) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("did not start; see the last lines of "
                            + work.resolve("payara.log") + ":\n" + tail(work.resolve("payara.log")));
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            long millis = (System.nanoTime() - begin) / 1_000_000;
            List<ProcessHandle> tree = new ArrayList<>(server.descendants().toList());
            tree.add(0, server.toHandle());
            return new Started(millis, rssKiB(tree) / 1024);
        } finally {
            stop(server);
        }
    }

    /** Signs in as the demo coordinator through the sign-in form, as a browser without Ajax posts it. */
    private boolean signedInHome(HttpClient client) throws Exception {
        HttpResponse<String> login = get(client, base() + "/login.xhtml");
        Matcher state = VIEW_STATE.matcher(login.body());
        Matcher nonce = NONCE.matcher(login.body());
        if (login.statusCode() != 200 || !state.find() || !nonce.find()) {
            return false;
        }
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(formBody("login", "login", "login:email", COORDINATOR,
                        "login:password", COORDINATOR_PASSWORD, "login:submit", "", "jakarta.faces.ViewState",
                        state.group(1), "primefaces.nonce", nonce.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().getPath().endsWith("/app/home.xhtml")) {
            throw new IllegalStateException("signing in answered " + home.statusCode() + " at " + home.uri());
        }
        return true;
    }

    /** Names and values, in turn, as a browser encodes a posted form. */
    private static String formBody(String... namesAndValues) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server and whatever it started, gracefully first; the next start needs the port. */
    private static void stop(Process server) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(server.descendants().toList());
        tree.add(0, server.toHandle());
        tree.forEach(ProcessHandle::destroy);
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitFreePort() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                return;
            } catch (IOException busy) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("port " + port + " stays in use");
    }

    /** A WAR of one JSP and a web.xml: what a bare Payara Micro serves. */
    private static Path onePageWar(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "index.jsp", "<%@ page contentType=\"text/html; charset=UTF-8\" %><!DOCTYPE html>"
                    + "<html><body><p>" + BARE_PAGE + ", <%= new java.util.Date() %></p></body></html>");
            entry(zip, "WEB-INF/web.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                        <welcome-file-list><welcome-file>index.jsp</welcome-file></welcome-file-list>
                    </web-app>
                    """);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Sum of VmRSS over the processes, in KiB (Linux). */
    private static long rssKiB(List<ProcessHandle> processes) {
        long sum = 0;
        for (ProcessHandle p : processes) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        sum += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException gone) {
                // ended meanwhile
            }
        }
        return sum;
    }

    /** The postmaster listening on the database port and its backends. */
    private static List<ProcessHandle> postgres(int dbPort) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("-p " + dbPort)
                && p.info().command().orElse("").endsWith("postgres")).flatMap(p -> Stream.concat(Stream.of(p),
                p.descendants())).toList();
    }

    private static double ratio(List<Started> product, List<Started> bare,
                                java.util.function.ToLongFunction<Started> figure) {
        return (double) Benchmark.median(product.stream().map(figure::applyAsLong).toList())
                / Math.max(1, Benchmark.median(bare.stream().map(figure::applyAsLong).toList()));
    }

    private static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException notLinux) {
            return "unknown";
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The payara-micro jar on this classpath: the one the run command starts. */
    private static String payaraMicroJar() throws URISyntaxException {
        return Path.of(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}

package nl.arbeidsmigratie.regie.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Starts the product for a developer or evaluator in a JVM of its own ({@link RunCommand} starts it from
 * {@code mvn -q -DskipTests -Prun package}) and stops everything it started when it is stopped itself or when the
 * process that started it is gone.
 */
public final class Launcher {

    private static final String MARKER = "[arbeidsmigratie-regie] ";
    private static final String RUNTIME_USER = "regie_app";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);
    /** Payara usually stops in seconds; a stop that hangs must not keep PostgreSQL and the run command waiting. */
    private static final Duration PAYARA_STOP_LIMIT = Duration.ofSeconds(30);
    private static final Duration KILL_LIMIT = Duration.ofSeconds(10);

    private final Path war;
    private final int port;
    private final String bindAddress;
    private final Path home;
    private final Deque<String> recentLog = new ArrayDeque<>();
    // Guarded by this: a stop waits for a start in progress, and nothing starts once a stop has begun.
    private EmbeddedPostgres embedded;
    private Process payara;
    private boolean stopping;

    private Launcher(Path war, int port, String bindAddress, Path home) {
        this.war = war;
        this.port = port;
        this.bindAddress = bindAddress;
        this.home = home;
    }

    public static void main(String[] args) {
        Path war = Path.of(System.getProperty("regie.war", "web/target/regie.war")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("PORT", "8080"));
        Path home = Path.of(env("REGIE_HOME", Path.of(System.getProperty("user.home"), ".regie").toString()));
        Launcher launcher = new Launcher(war, port, env("REGIE_BIND_ADDRESS", "127.0.0.1"), home);
        // One way to stop, whatever asks for it: Ctrl-C, SIGTERM, the parent gone, Payara ended, a failed start.
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "regie-stop"));
        ParentWatch.start(System.getProperty(ParentWatch.WATCHED_PID), "the run command");
        int exit;
        try {
            exit = launcher.run();
        } catch (Exception e) {
            if (launcher.stopRequested()) {
                exit = 143;
            } else {
                System.err.println("Arbeidsmigratie Regie did not start: " + e.getMessage());
                exit = 1;
            }
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no application at " + war + "; build it with mvn -DskipTests package");
        }
        Files.createDirectories(home);
        // The agent path names REGIE_HOME, so a look for processes of this home finds Payara too.
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(javaOptions());
        command.addAll(List.of("-javaagent:" + parentWatchAgent() + "=" + ProcessHandle.current().pid(),
                "-Dproduct.name=", "-Dregie.base-url=" + env("REGIE_BASE_URL", "http://localhost:" + port + "/")));
        String externalDb = System.getenv("DB_URL");
        if (externalDb == null || externalDb.isBlank()) {
            Path data = home.resolve("pgdata");
            int dbPort = Integer.parseInt(env("REGIE_DB_PORT", "54329"));
            startDatabase("starting embedded PostgreSQL (data in " + data + ", port " + dbPort + ")",
                    keptDatabase(data, dbPort));
            createRuntimeUser();
            // As in production: the superuser owns the schemas and migrates; the application runs as a user that
            // owns nothing, so it cannot disable what keeps the audit trail append-only.
            command.addAll(List.of("-Ddb.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                    "-Ddb.owner.user=postgres", "-Ddb.owner.password=postgres",
                    "-Ddb.user=" + RUNTIME_USER, "-Ddb.password=" + RUNTIME_USER, "-Dregie.demo-accounts=true",
                    // The demo data set comes with the demo accounts, once per database; REGIE_DEMO_DATA=false leaves it out.
                    "-Dregie.demo-data=" + !"false".equalsIgnoreCase(env("REGIE_DEMO_DATA", "true")),
                    "-Dmail.mode=" + env("MAIL_MODE", "log")));
        } else {
            say("using the PostgreSQL at " + externalDb);
        }
        Path log = home.resolve("payara.log");
        command.addAll(List.of("-jar", payaraMicroJar(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--prebootcommandfile",
                prebootCommandFile(!env("REGIE_CLUSTER", "").isBlank(), serverName(env("REGIE_BASE_URL", "")))
                        .toString()));
        command.addAll(clustering(env("REGIE_CLUSTER", "")));
        ProcessBuilder server = new ProcessBuilder(command).redirectErrorStream(true);
        // Through the environment, not the command line, so the key does not show in a process list.
        server.environment().put("PLATFORM_AUDIT_KEY", auditKey());
        startPayara("starting Payara Micro on port " + port + " (log in " + log + ")", server);
        Thread relay = new Thread(() -> relay(log), "regie-log");
        relay.setDaemon(true);
        relay.start();

        String url = "http://" + host() + ":" + port + "/";
        if (!awaitLoginPage(url + "login.xhtml")) {
            if (stopRequested()) {
                return 143;
            }
            System.err.println("Arbeidsmigratie Regie did not start. Last lines of " + log + ":");
            synchronized (recentLog) {
                recentLog.forEach(System.err::println);
            }
            return 1;
        }
        say("ready: " + url + "  (Ctrl-C stops the application and its database)");
        if (embedded != null && "log".equals(env("MAIL_MODE", "log"))) {
            say("mail is not sent but shown to coordinators at " + url + "app/registration/mail-log.xhtml");
        }
        return payara.waitFor();
    }

    /**
     * The embedded PostgreSQL of the run command, on data a person keeps: zonky's defaults (-F, synchronous_commit
     * off) suit test data only, so a commit here is on disk before it is confirmed ({@code EmbeddedDatabaseKillIT}).
     */
    static EmbeddedPostgres.Builder keptDatabase(Path data, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Our stop hook stops PostgreSQL after Payara; zonky's own hook would race it.
                .setRegisterShutdownHook(false);
    }

    private synchronized void startDatabase(String announcement, EmbeddedPostgres.Builder database) throws IOException {
        refuseWhenStopping();
        say(announcement);
        embedded = database.start();
    }

    private synchronized void startPayara(String announcement, ProcessBuilder server) throws IOException {
        refuseWhenStopping();
        say(announcement);
        payara = server.start();
    }

    private synchronized boolean stopRequested() {
        return stopping;
    }

    private void refuseWhenStopping() {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
    }

    /** The application's own database user on the embedded PostgreSQL, made once. */
    private void createRuntimeUser() throws SQLException {
        try (Connection db = embedded.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + RUNTIME_USER + "') "
                    + "then create role " + RUNTIME_USER + " login password '" + RUNTIME_USER + "'; end if; end $$");
        }
    }

    /**
     * The key that seals the audit trail: PLATFORM_AUDIT_KEY when set, otherwise one made once and kept beside the
     * data (readable by the owner only), since a new key would make the trail's seal fail verification.
     */
    private String auditKey() throws IOException {
        String configured = System.getenv("PLATFORM_AUDIT_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = home.resolve("audit.key");
        if (!Files.isRegularFile(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays as private as the home folder it is in.
            }
        }
        return Files.readString(file).strip();
    }

    /**
     * asadmin commands Payara Micro runs before boot. It has no bind option; its HTTP listener takes the address from
     * one. And one instance alone keeps its sessions in memory only: with availability on (Payara's default), every
     * session of the distributable application is also serialized into the local data grid after each request, a
     * second copy that nobody will ever read and that costs memory per session and time per request.
     */
    private Path prebootCommandFile(boolean clustered, String serverName) throws IOException {
        Path file = home.resolve("payara-preboot.asadmin");
        Files.writeString(file, prebootCommands(bindAddress, clustered, serverName));
        return file;
    }

    /**
     * The host and port of {@code baseUrl}, the address users reach the application at, as Payara names itself in
     * the redirects it writes; null for none given or one that cannot be read (the application then refuses to start
     * and says why), so that a request's own Host header is used, as for the run command on this machine.
     */
    static String serverName(String baseUrl) {
        try {
            URI uri = new URI(baseUrl);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost() + ":" + port;
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }

    /**
     * The commands of {@link #prebootCommandFile}. The descriptors are not validated against their schemas at each
     * start: loading the schemas is a good part of reading them, and every test deployment still validates them in
     * full, Payara's default. MicroProfile Metrics is off: its {@code /metrics} would answer anyone, signed in or not.
     * A request is https when {@code X-Forwarded-Proto} says so (one saying so falsely only gets cookies its own
     * plain connection will not send back). With a {@code serverName} a redirect names it, never the host a request
     * names (which a cache in front might keep and hand to others).
     */
    public static String prebootCommands(String bindAddress, boolean clustered, String serverName) {
        String commands = "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=" + bindAddress + System.lineSeparator()
                + "set configs.config.server-config.admin-service.das-config.deploy-xml-validation=none"
                + System.lineSeparator()
                // the JVM's and pool's figures are nobody's business on the open internet; /health stays
                + "set configs.config.server-config.microprofile-metrics-configuration.enabled=false"
                + System.lineSeparator()
                // behind a proxy that ends TLS the request is https as the proxy says: its cookies Secure, its
                // redirects to https
                + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                + ".scheme-mapping=X-Forwarded-Proto" + System.lineSeparator();
        if (serverName != null) {
            commands += "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".server-name=" + serverName + System.lineSeparator();
        }
        if (!clustered) {
            commands += "set configs.config.server-config.availability-service.web-container-availability"
                    + ".availability-enabled=false" + System.lineSeparator();
        }
        return commands;
    }

    /** The Java options of the Payara process, which the start-up benchmark gives both of its servers too. */
    public static List<String> javaOptions() {
        return List.of("-Xmx1g");
    }

    /**
     * Payara Micro's own options for the data grid: none of it unless {@code REGIE_CLUSTER} names a cluster. Then
     * the instances of this machine with that name form one data grid on the loopback (found by scanning its
     * ports), which holds the web sessions; each keeps a backup of the other's part, which Payara by default keeps
     * only on members with another address ("host aware"), so on one machine a killed instance would take its
     * sessions with it.
     */
    public static List<String> clustering(String clusterName) {
        if (clusterName.isBlank()) {
            return List.of("--nocluster");
        }
        return List.of("--clustername", clusterName, "--clustermode", "tcpip:127.0.0.1", "--interfaces", "127.0.0.1",
                "--nohostaware");
    }

    /** The address users and the readiness check reach Payara at: localhost unless it listens on one address. */
    private String host() {
        boolean everywhere = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]");
        boolean loopback = bindAddress.startsWith("127.") || bindAddress.equals("::1")
                || bindAddress.equals("localhost");
        if (everywhere || loopback) {
            return "localhost";
        }
        return bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
    }

    /**
     * Packs {@link ParentWatch} as a Java agent for the Payara process, which keeps its own {@code -jar} start. The
     * class has no nested classes, so its one class file is the whole agent.
     */
    private Path parentWatchAgent() throws IOException {
        Path jar = home.resolve("parent-watch.jar");
        String entry = ParentWatch.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", ParentWatch.class.getName());
        try (InputStream in = ParentWatch.class.getClassLoader().getResourceAsStream(entry);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (in == null) {
                throw new IllegalStateException("cannot read " + entry);
            }
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        return jar;
    }

    /** Ready means a real page answers 200: Payara prints "ready" even when the deployment failed. */
    private boolean awaitLoginPage(String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline) && payara.isAlive()) {
            // a 404 asked for before Payara said it had deployed says nothing: the application was still loading
            boolean deployedWhenAsked = deployed();
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
                if (response.statusCode() == 404 && deployedWhenAsked) {
                    return false;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private boolean deployed() {
        synchronized (recentLog) {
            return recentLog.stream().anyMatch(line -> line.contains("Payara Micro") && line.contains("ready"));
        }
    }

    /** Copies Payara's output to the log file and shows the lines the application addresses to its user. */
    private void relay(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                int marker = line.indexOf(MARKER);
                if (marker >= 0) {
                    say(line.substring(marker + MARKER.length()).replaceAll("\\]\\]$", "").strip());
                }
                synchronized (recentLog) {
                    recentLog.addLast(line);
                    if (recentLog.size() > 60) {
                        recentLog.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            if (payara.isAlive()) {
                System.err.println("could not write " + log + ": " + e.getMessage());
            }
        }
    }

    /** Payara and whatever it started first, and only when all of it has exited, PostgreSQL it was using. */
    private synchronized void stop() {
        stopping = true;
        if (payara != null && payara.isAlive()) {
            say("stopping Payara Micro");
            // Taken before the signal: once Payara is gone its children are no longer its descendants.
            List<ProcessHandle> tree = new ArrayList<>(payara.descendants().toList());
            tree.add(0, payara.toHandle());
            // ProcessHandle.destroy, not Process.destroy: that also closes Payara's output, losing its last lines.
            tree.forEach(ProcessHandle::destroy);
            if (!awaitExit(tree, PAYARA_STOP_LIMIT)) {
                say("Payara Micro did not stop within " + PAYARA_STOP_LIMIT.toSeconds() + " s; killing it");
                tree.forEach(ProcessHandle::destroyForcibly);
                if (!awaitExit(tree, KILL_LIMIT)) {
                    System.err.println("[regie] could not stop process(es) "
                            + tree.stream().filter(ProcessHandle::isAlive).map(p -> String.valueOf(p.pid())).toList());
                }
            }
        }
        if (embedded != null) {
            say("stopping embedded PostgreSQL");
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("could not stop PostgreSQL: " + e.getMessage());
            }
            embedded = null;
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        try {
            while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String payaraMicroJar() {
        URL entry = Launcher.class.getClassLoader().getResource("fish/payara/micro/PayaraMicro.class");
        if (entry == null || !"jar".equals(entry.getProtocol())) {
            throw new IllegalStateException("payara-micro is not on the launcher's classpath");
        }
        String path = entry.getPath();
        return Path.of(URI.create(path.substring(0, path.indexOf("!/")))).toString();
    }

    /** The Java this JVM runs on, for the JVMs it starts (the cluster test starts launchers with it too). */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String message) {
        System.out.println("[regie] " + message);
    }
}

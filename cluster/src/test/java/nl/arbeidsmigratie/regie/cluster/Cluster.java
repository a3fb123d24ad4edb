package nl.arbeidsmigratie.regie.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import nl.arbeidsmigratie.regie.launcher.Launcher;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.testing.TestMailServer;

/**
 * Two instances of the product, each started by the launcher as the README's cluster commands start it, in one
 * data grid and on the test database, with HAProxy in front. HAProxy keeps a person on the instance that served
 * them first (a cookie named after the instance) and sends them to another when that one is gone.
 */
final class Cluster implements AutoCloseable {

    static final String HAPROXY = "haproxy";
    /** The cookie by which HAProxy keeps a browser on one instance; its value names the instance. */
    static final String STICKY_COOKIE = "REGIE_INSTANCE";
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final int START_ATTEMPTS = 2;

    private final Path home;
    private final int balancerPort;
    private final String name = "regie-cluster-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private Process haproxy;

    private Cluster(Path home, int balancerPort) {
        this.home = home;
        this.balancerPort = balancerPort;
    }

    /** HAProxy on the PATH or where Debian puts it, if installed. */
    static java.util.Optional<Path> haproxy() {
        List<String> places = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        places.add("/usr/sbin");
        return places.stream().filter(place -> !place.isBlank()).map(place -> Path.of(place, HAPROXY))
                .filter(Files::isExecutable).findFirst();
    }

    /** A cluster without instances yet; {@link #addInstance} starts them, {@link #balance} puts HAProxy in front. */
    static Cluster create() throws IOException {
        // Under the module's target folder: the instances' logs stay there for a look after a failure.
        Path target = Files.createDirectories(Path.of("target"));
        return new Cluster(Files.createTempDirectory(target, "cluster-").toAbsolutePath(), freePort());
    }

    String url() {
        return "http://localhost:" + balancerPort + "/";
    }

    Instance instance(String instanceName) {
        return instances.get(instanceName);
    }

    /**
     * Starts an instance and waits until it answers. Instances start one after the other: the first migrates the
     * database and creates the accounts. An instance that does not answer in time leaves its threads in its log and
     * is started once more, in a home of its own, as a supervisor would restart it; a second such start fails.
     */
    void addInstance(String instanceName) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Path instanceHome = Files.createDirectories(home.resolve(attempt == 1 ? instanceName
                    : instanceName + "-" + attempt));
            Instance instance = start(instanceName, instanceHome);
            instances.put(instanceName, instance);
            if (instance.awaitReady()) {
                return;
            }
            instance.dumpThreads();
            instance.stop();
            String report = "instance %s did not start within %d s (attempt %d); its log and threads: %s"
                    .formatted(instanceName, START_LIMIT.toSeconds(), attempt, instanceHome.resolve("payara.log"));
            System.out.println("[cluster] " + report);
            if (attempt == START_ATTEMPTS) {
                throw new IllegalStateException(report);
            }
        }
    }

    private Instance start(String instanceName, Path instanceHome) throws IOException {
        int port = freePort();
        ProcessBuilder launcher = new ProcessBuilder(Launcher.javaExecutable(),
                "-Dregie.war=" + System.getProperty("regie.war"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName())
                .redirectErrorStream(true);
        Map<String, String> env = launcher.environment();
        env.put("REGIE_CLUSTER", name);
        env.put("REGIE_HOME", instanceHome.toString());
        env.put("PORT", String.valueOf(port));
        env.put("REGIE_BASE_URL", url());
        env.put("DB_URL", System.getProperty(TestDatabase.URL_PROPERTY));
        env.put("DB_OWNER_USER", System.getProperty(TestDatabase.USER_PROPERTY));
        env.put("DB_OWNER_PASSWORD", System.getProperty(TestDatabase.PASSWORD_PROPERTY));
        env.put("DB_USER", System.getProperty(TestDatabase.RUNTIME_USER_PROPERTY));
        env.put("DB_PASSWORD", System.getProperty(TestDatabase.RUNTIME_PASSWORD_PROPERTY));
        // One key for the whole cluster: each instance seals the same audit trail.
        env.put("PLATFORM_AUDIT_KEY", "cluster-test-key-" + name + "-0123456789abcdef");
        env.put("REGIE_DEMO_ACCOUNTS", "true");
        env.put("REGIE_DEMO_DATA", "false");
        env.put("MAIL_MODE", "smtp");
        env.put("MAIL_HOST", "127.0.0.1");
        env.put("MAIL_PORT", System.getProperty(TestMailServer.SMTP_PORT_PROPERTY));
        env.put("PLATFORM_OUTBOX_INTERVAL", "PT1S");
        env.put("PLATFORM_OUTBOX_FIRST_RETRY", "PT1S");
        env.put("REGISTRATION_NEWSLETTER_BATCH_SIZE", "25");
        return new Instance(instanceName, port, launcher.start(), instanceHome);
    }

    /** Starts HAProxy in front of the instances started so far. */
    void balance() throws IOException, InterruptedException {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 200
                defaults
                    mode http
                    timeout connect 1s
                    timeout client 60s
                    timeout server 60s
                    retries 3
                    option redispatch 1
                frontend regie
                    bind 127.0.0.1:%d
                    default_backend payara
                backend payara
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                """.formatted(balancerPort, STICKY_COOKIE));
        for (Instance instance : instances.values()) {
            config.append("    server %s 127.0.0.1:%d check inter 1s fall 1 rise 2 cookie %s%n"
                    .formatted(instance.name(), instance.port(), instance.name()));
        }
        Path file = home.resolve("haproxy.cfg");
        Files.writeString(file, config);
        haproxy = new ProcessBuilder(haproxy().orElseThrow().toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("haproxy.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(20);
        while (!listening(balancerPort)) {
            if (!haproxy.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("HAProxy did not start: " + Files.readString(home.resolve("haproxy.log")));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        // Stopped together: each launcher stops its Payara Micro and waits for it.
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        instances.values().forEach(instance -> stops.add(CompletableFuture.runAsync(instance::stop)));
        stops.forEach(CompletableFuture::join);
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One launcher and the Payara Micro it started. */
    record Instance(String name, int port, Process launcher, Path home) {

        String url() {
            return "http://localhost:" + port + "/";
        }

        /**
         * Waits for the launcher's own readiness line, which it prints only once a real page answers; its output
         * goes on to the test's own.
         */
        boolean awaitReady() throws InterruptedException {
            CompletableFuture<Boolean> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        System.out.println("[" + name + "] " + line);
                        if (line.contains("ready: ")) {
                            ready.complete(true);
                        }
                    }
                } catch (IOException closed) {
                    // the launcher has ended
                }
                ready.complete(false);
            }, "cluster-" + name);
            reader.setDaemon(true);
            reader.start();
            try {
                return ready.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException notReady) {
                return false;
            }
        }

        /** Has the JVM of Payara Micro print its threads, which its launcher writes to {@code payara.log}. */
        void dumpThreads() throws InterruptedException {
            for (ProcessHandle payara : launcher.toHandle().children().toList()) {
                try {
                    new ProcessBuilder("kill", "-QUIT", String.valueOf(payara.pid())).inheritIO().start().waitFor();
                } catch (IOException noKill) {
                    return;
                }
            }
            TimeUnit.SECONDS.sleep(2);
        }

        /** Kills Payara Micro outright, as a crash or a pulled plug would; its launcher then ends by itself. */
        void kill() throws InterruptedException {
            List<ProcessHandle> payara = launcher.toHandle().children().toList();
            payara.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : payara) {
                process.onExit().join();
            }
            launcher.waitFor(30, TimeUnit.SECONDS);
        }

        boolean alive() {
            return launcher.isAlive();
        }

        void stop() {
            launcher.destroy();
            try {
                if (!launcher.waitFor(45, TimeUnit.SECONDS)) {
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

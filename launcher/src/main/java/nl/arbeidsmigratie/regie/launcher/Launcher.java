package nl.arbeidsmigratie.regie.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the product for a developer or evaluator: {@code mvn -q -DskipTests -Prun package}. */
public final class Launcher {

    private static final String MARKER = "[arbeidsmigratie-regie] ";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final Path war;
    private final int port;
    private final Path home;
    private final Deque<String> recentLog = new ArrayDeque<>();
    private EmbeddedPostgres embedded;
    private Process payara;

    private Launcher(Path war, int port, Path home) {
        this.war = war;
        this.port = port;
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(System.getProperty("regie.war", "web/target/regie.war")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("PORT", "8080"));
        Path home = Path.of(env("REGIE_HOME", Path.of(System.getProperty("user.home"), ".regie").toString()));
        Launcher launcher = new Launcher(war, port, home);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "regie-stop"));
        int exit;
        try {
            exit = launcher.run();
        } catch (Exception e) {
            System.err.println("Arbeidsmigratie Regie did not start: " + e.getMessage());
            exit = 1;
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no application at " + war + "; build it with mvn -DskipTests package");
        }
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-Dproduct.name=",
                "-Dregie.base-url=" + env("REGIE_BASE_URL", "http://localhost:" + port + "/")));
        String externalDb = System.getenv("DB_URL");
        if (externalDb == null || externalDb.isBlank()) {
            Path data = home.resolve("pgdata");
            int dbPort = Integer.parseInt(env("REGIE_DB_PORT", "54329"));
            say("starting embedded PostgreSQL (data in " + data + ", port " + dbPort + ")");
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(dbPort)
                    .start();
            command.addAll(List.of("-Ddb.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                    "-Ddb.user=postgres", "-Ddb.password=postgres", "-Dregie.demo-accounts=true",
                    "-Dmail.mode=" + env("MAIL_MODE", "log")));
        } else {
            say("using the PostgreSQL at " + externalDb);
        }
        Path log = home.resolve("payara.log");
        command.addAll(List.of("-jar", payaraMicroJar(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster"));
        say("starting Payara Micro on port " + port + " (log in " + log + ")");
        payara = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread relay = new Thread(() -> relay(log), "regie-log");
        relay.setDaemon(true);
        relay.start();

        String url = "http://localhost:" + port + "/";
        if (!awaitLoginPage(url + "login.xhtml")) {
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

    /** Ready means a real page answers 200: Payara prints "ready" even when the deployment failed. */
    private boolean awaitLoginPage(String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline) && payara.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
                if (response.statusCode() == 404 && deployed()) {
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

    private synchronized void stop() {
        if (payara != null && payara.isAlive()) {
            say("stopping Payara Micro");
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
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

    private static String payaraMicroJar() {
        URL entry = Launcher.class.getClassLoader().getResource("fish/payara/micro/PayaraMicro.class");
        if (entry == null || !"jar".equals(entry.getProtocol())) {
            throw new IllegalStateException("payara-micro is not on the launcher's classpath");
        }
        String path = entry.getPath();
        return Path.of(URI.create(path.substring(0, path.indexOf("!/")))).toString();
    }

    private static String javaExecutable() {
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

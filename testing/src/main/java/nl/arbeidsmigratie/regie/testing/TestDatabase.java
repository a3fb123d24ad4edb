package nl.arbeidsmigratie.regie.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL per test JVM before any engine runs, and publishes its address as system
 * properties that {@code arquillian.xml} passes on to Payara Micro. The embedded server (zonky) is tried first;
 * where it cannot run (user namespaces blocked in some containers) Debian's own PostgreSQL binaries are used.
 * Set {@code REGIE_TEST_DB_URL} (with {@code REGIE_TEST_DB_USER} and {@code REGIE_TEST_DB_PASSWORD}) to test
 * against a PostgreSQL of your own.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL_PROPERTY = "regie.test.db.url";
    public static final String USER_PROPERTY = "regie.test.db.user";
    public static final String PASSWORD_PROPERTY = "regie.test.db.password";
    /** The application's own, restricted user, as in production: it owns nothing (see the README). */
    public static final String RUNTIME_USER_PROPERTY = "regie.test.db.runtime-user";
    public static final String RUNTIME_PASSWORD_PROPERTY = "regie.test.db.runtime-password";
    private static final String RUNTIME_USER = "regie_app";

    private static EmbeddedPostgres embedded;
    private static Path debianBinaries;
    private static boolean debianRunning;
    private static Path dataDirectory;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String external = System.getenv("REGIE_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            System.setProperty(URL_PROPERTY, external);
            System.setProperty(USER_PROPERTY, envOr("REGIE_TEST_DB_USER", "postgres"));
            System.setProperty(PASSWORD_PROPERTY, envOr("REGIE_TEST_DB_PASSWORD", "postgres"));
            createRuntimeUser();
            return;
        }
        try {
            dataDirectory = Files.createTempDirectory("regie-test-pg");
            port = freePort();
            start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test PostgreSQL", e);
        }
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://localhost:" + port + "/postgres");
        System.setProperty(USER_PROPERTY, "postgres");
        System.setProperty(PASSWORD_PROPERTY, "postgres");
        createRuntimeUser();
    }

    /**
     * The application runs as a user that owns nothing, the tests' own connections as the owner. Where the
     * database refuses to create that user, the application falls back to the owner.
     */
    private static void createRuntimeUser() {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + RUNTIME_USER + "') then "
                    + "create role " + RUNTIME_USER + " login password '" + RUNTIME_USER + "'; end if; end $$");
            System.setProperty(RUNTIME_USER_PROPERTY, RUNTIME_USER);
            System.setProperty(RUNTIME_PASSWORD_PROPERTY, RUNTIME_USER);
        } catch (SQLException refused) {
            System.err.println("test PostgreSQL: no separate runtime user (" + refused.getMessage() + ")");
            System.setProperty(RUNTIME_USER_PROPERTY, System.getProperty(USER_PROPERTY));
            System.setProperty(RUNTIME_PASSWORD_PROPERTY, System.getProperty(PASSWORD_PROPERTY));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** Stops the embedded server, keeping its data, as a crash or maintenance window would. */
    public static synchronized void stop() {
        if (debianBinaries != null) {
            if (debianRunning) {
                run(asPostgres(debianBinaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m",
                        "fast", "-w", "stop"));
                debianRunning = false;
            }
            return;
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            embedded = null;
        }
    }

    /** Starts the embedded server again on the same port with the same data. */
    public static synchronized void start() throws IOException {
        if (debianBinaries != null) {
            startDebian();
            return;
        }
        if (embedded == null) {
            if ("debian".equalsIgnoreCase(System.getenv("REGIE_TEST_POSTGRES"))) {
                startDebianFirstTime(null);
                return;
            }
            try {
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
            } catch (IOException | RuntimeException embeddedFailed) {
                System.err.println("embedded PostgreSQL failed (" + embeddedFailed.getMessage() + ")");
                startDebianFirstTime(embeddedFailed);
            }
        }
    }

    private static void startDebianFirstTime(Exception embeddedFailed) throws IOException {
        debianBinaries = debianPostgres().orElseThrow(() -> new IOException(
                "neither embedded PostgreSQL nor Debian's postgresql package is available", embeddedFailed));
        System.err.println("test PostgreSQL: " + debianBinaries);
        dataDirectory = Files.createTempDirectory("regie-test-pg-debian");
        run(asPostgres("chown", "-R", "postgres", dataDirectory.toString()));
        run(asPostgres(debianBinaries.resolve("initdb").toString(), "-D", dataDirectory.toString(),
                "-U", "postgres", "--auth=trust", "-E", "UTF8"));
        startDebian();
    }

    private static void startDebian() {
        if (debianRunning) {
            return;
        }
        debianRunning = true;
        run(asPostgres(debianBinaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(),
                "-o", "-p " + port + " -k " + dataDirectory, "-l", dataDirectory.resolve("server.log").toString(),
                "-w", "start"));
    }

    /** The newest PostgreSQL of Debian's postgresql package, if installed. */
    private static java.util.Optional<Path> debianPostgres() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return java.util.Optional.empty();
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(java.util.Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        }
    }

    /** PostgreSQL refuses to run as root; as root, run its tools as the postgres user. */
    private static String[] asPostgres(String... command) {
        if (!"root".equals(System.getProperty("user.name")) || "chown".equals(command[0])) {
            return command;
        }
        String[] wrapped = new String[command.length + 4];
        wrapped[0] = "runuser";
        wrapped[1] = "-u";
        wrapped[2] = "postgres";
        wrapped[3] = "--";
        System.arraycopy(command, 0, wrapped, 4, command.length);
        return wrapped;
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain JDBC connection to the test database, for tests that look at what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty(URL_PROPERTY), System.getProperty(USER_PROPERTY),
                System.getProperty(PASSWORD_PROPERTY));
    }

    /**
     * The tables of the given schemas that hold what people and imports wrote, in name order, without the migration
     * history, the tables named, and the municipalities' totals with their change notes: a timer derives those at its
     * own pace from tables that stay in, so a test comparing before and after would see the timer, not the action.
     */
    public static List<String> writtenTables(Collection<String> schemas, String... leftOut) throws SQLException {
        Set<String> skipped = new HashSet<>(List.of(leftOut));
        skipped.addAll(List.of("flyway_schema_history", "municipality_change", "municipality_totals"));
        List<String> tables = new ArrayList<>();
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("select table_schema, table_name from "
                     + "information_schema.tables where table_type = 'BASE TABLE' and table_schema = any (?) "
                     + "order by 1, 2")) {
            query.setArray(1, db.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (!skipped.contains(rs.getString(2))) {
                        tables.add(rs.getString(1) + "." + rs.getString(2));
                    }
                }
            }
        }
        return tables;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package nl.arbeidsmigratie.regie.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL per test JVM before any engine runs, and publishes its address as system
 * properties that {@code arquillian.xml} passes on to Payara Micro. Set {@code REGIE_TEST_DB_URL} (with
 * {@code REGIE_TEST_DB_USER} and {@code REGIE_TEST_DB_PASSWORD}) to test against a PostgreSQL of your own.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL_PROPERTY = "regie.test.db.url";
    public static final String USER_PROPERTY = "regie.test.db.user";
    public static final String PASSWORD_PROPERTY = "regie.test.db.password";

    private static EmbeddedPostgres embedded;
    private static Path dataDirectory;
    private static int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("payara.microJar", payaraMicroJar());
        String external = System.getenv("REGIE_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            System.setProperty(URL_PROPERTY, external);
            System.setProperty(USER_PROPERTY, envOr("REGIE_TEST_DB_USER", "postgres"));
            System.setProperty(PASSWORD_PROPERTY, envOr("REGIE_TEST_DB_PASSWORD", "postgres"));
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
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** Stops the embedded server, keeping its data, as a crash or maintenance window would. */
    public static synchronized void stop() {
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
        if (embedded == null) {
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        }
    }

    /** A plain JDBC connection to the test database, for tests that look at what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty(URL_PROPERTY), System.getProperty(USER_PROPERTY),
                System.getProperty(PASSWORD_PROPERTY));
    }

    static String payaraMicroJar() {
        URL entry = TestDatabase.class.getClassLoader().getResource("fish/payara/micro/PayaraMicro.class");
        if (entry == null || !"jar".equals(entry.getProtocol())) {
            throw new IllegalStateException("payara-micro is not on the test classpath");
        }
        String path = entry.getPath();
        return Path.of(java.net.URI.create(path.substring(0, path.indexOf("!/")))).toString();
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

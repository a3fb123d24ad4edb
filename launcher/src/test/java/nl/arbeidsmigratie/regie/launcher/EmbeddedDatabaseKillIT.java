package nl.arbeidsmigratie.regie.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.control.CsvImporter;
import nl.arbeidsmigratie.regie.monitoring.control.RowImport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The run command's embedded PostgreSQL keeps what it confirmed: with its own settings (fsync and synchronous commit
 * on) it is killed with SIGKILL, every process of it, while a large import is being written; started again on the
 * same data, it holds every row of the import committed just before, and nothing of the one it was writing.
 */
class EmbeddedDatabaseKillIT {

    private static final int LOCATIONS = 200;
    private static final LocalDate COMMITTED_FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate KILLED_FROM = LocalDate.of(1960, 1, 1);

    @Test
    void aKill9DuringAnImportLosesNothingCommittedAndLeavesNothingPartial() throws Exception {
        Path home = Files.createTempDirectory("regie-kill");
        Path data = home.resolve("pgdata");
        int port = freePort();
        EmbeddedPostgres database = Launcher.keptDatabase(data, port).start();
        try {
            try (Connection c = connect(database); Statement s = c.createStatement()) {
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            }
            Flyway.configure(EmbeddedDatabaseKillIT.class.getClassLoader())
                    .dataSource(database.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
                    .schemas("monitoring").defaultSchema("monitoring").createSchemas(true)
                    .locations("classpath:db/migration/monitoring").load().migrate();
            StringBuilder locations = new StringBuilder("municipality_code,bag_id,name,housing_form,status\n");
            for (int i = 0; i < LOCATIONS; i++) {
                locations.append("GM1783,").append(bag(i)).append(",Kill-test ").append(i).append(",HOUSING_UNITS,ACTIVE\n");
            }
            importCommitted(database, ImportKind.LOCATIONS, Files.writeString(home.resolve("locations.csv"), locations));
            ImportOutcome committed = importCommitted(database, ImportKind.OCCUPANCY,
                    occupancy(home.resolve("committed.csv"), COMMITTED_FROM, 10));
            assertThat(committed.added()).isEqualTo(10L * LOCATIONS);

            Path large = occupancy(home.resolve("large.csv"), KILLED_FROM, 1500);
            Connection writing = connect(database);
            CompletableFuture<Void> killed = CompletableFuture.runAsync(() -> {
                try {
                    importCommitted(writing, ImportKind.OCCUPANCY, large);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitCopy(database);
            killEveryProcess(data);
            assertThat(killed).failsWithin(Duration.ofSeconds(30));
            database.close(); // releases zonky's lock on the data directory; the server is gone already
            database = Launcher.keptDatabase(data, port).start();

            try (Connection c = connect(database); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from monitoring.housing_location")).isEqualTo(LOCATIONS);
                assertThat(count(s, "select count(*) from monitoring.occupancy_report where reference_date >= date '"
                        + COMMITTED_FROM + "'")).isEqualTo(10L * LOCATIONS);
                assertThat(count(s, "select count(*) from monitoring.occupancy_report where reference_date < date '"
                        + COMMITTED_FROM + "'")).as("rows of the killed import").isZero();
                assertThat(count(s, "select count(*) from monitoring.import_log")).isEqualTo(2);
            }
        } finally {
            database.close();
            deleteTree(home);
        }
    }

    private static ImportOutcome importCommitted(EmbeddedPostgres database, ImportKind kind, Path file) throws Exception {
        try (Connection c = connect(database)) {
            return importCommitted(c, kind, file);
        }
    }

    /** Both passes of the product's import on one connection, then a commit, as the facade's transaction does. */
    private static ImportOutcome importCommitted(Connection c, ImportKind kind, Path file) throws Exception {
        c.setAutoCommit(false);
        CsvImporter importer = CsvImporter.on(c);
        Path staged = Files.createTempFile("regie-kill-staged", ".csv");
        try {
            CsvImporter.Checked checked = importer.check(kind, file, LocalDate.now(), staged, null);
            Timestamp at = Timestamp.from(Instant.now());
            RowImport.Written written = importer.write(kind, staged, checked.columns(), at, "kill-test",
                    "import " + file.getFileName(), null);
            ImportOutcome outcome = new ImportOutcome(kind, file.getFileName().toString(), checked.sha256(),
                    checked.rows(), written.added(), written.corrected(), written.unchanged(), false, written.notes());
            importer.log(outcome, at, "kill-test", checked.municipalities());
            c.commit();
            return outcome;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** Waits until the import's COPY into its staging table is running on the server. */
    private static void awaitCopy(EmbeddedPostgres database) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                if (count(s, "select count(*) from pg_stat_activity where query like 'copy import_occupancy%'"
                        + " or query like 'update pg_temp.import_occupancy%'"
                        + " or query like 'insert into monitoring.occupancy_report%'") > 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the large import never started writing");
    }

    /** SIGKILL to the postmaster and every backend: no shutdown, no checkpoint, as a crash would. */
    private static void killEveryProcess(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().join();
    }

    private static Path occupancy(Path file, LocalDate from, int days) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("bag_id,reference_date,persons,short_stay,mid_stay,long_stay\n");
            for (int d = 0; d < days; d++) {
                for (int i = 0; i < LOCATIONS; i++) {
                    out.write(bag(i) + "," + from.plusDays(d) + "," + (d % 40 + 5) + ",1,2,1\n");
                }
            }
        }
        return file;
    }

    private static String bag(int i) {
        return "17839900%08d".formatted(i);
    }

    private static Connection connect(EmbeddedPostgres database) throws SQLException {
        return database.getPostgresDatabase().getConnection();
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

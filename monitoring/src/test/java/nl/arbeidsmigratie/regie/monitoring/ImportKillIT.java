package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An import interrupted by a killed database connection leaves nothing behind, and the rerun imports once. */
@ExtendWith(ArquillianExtension.class)
class ImportKillIT {

    private static final String OFFICER = DEMO_OFFICER.email();

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(ImportKillIT.class);
    }

    @Inject
    MonitoringImports imports;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    /**
     * The kill test: the PostgreSQL backend of a running import is terminated while it writes. Nothing of the file is
     * visible afterwards, and importing it again stores it exactly once.
     */
    @Test
    void anImportWhoseDatabaseConnectionIsKilledLeavesNothingAndTheRerunImportsOnce() throws Exception {
        String[] bags = new String[20];
        StringBuilder locations = new StringBuilder("municipality_code,bag_id,name,housing_form,status\n");
        for (int i = 0; i < bags.length; i++) {
            bags[i] = bagId();
            locations.append("GM1783,").append(bags[i]).append(",Kill ").append(i).append(",HOUSING_UNITS,ACTIVE\n");
        }
        TestCaller.as(OFFICER, () -> imports.importFile(ImportKind.LOCATIONS, "kill-locaties.csv", file(locations.toString())));
        Path file = Files.createTempFile("kill", ".csv");
        LocalDate start = LocalDate.of(1990, 1, 1);
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("bag_id,reference_date,persons\n");
            for (int d = 0; d < 10_000; d++) {
                for (String bag : bags) {
                    out.write(bag + "," + start.plusDays(d) + ",9\n");
                }
            }
        }
        CompletableFuture<Object> killed = CompletableFuture.supplyAsync(() -> {
            try {
                return TestCaller.as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "kill.csv", file));
            } catch (Exception e) {
                return e;
            }
        });
        List<String> terminated = List.of();
        while (terminated.isEmpty() && !killed.isDone()) {
            terminated = Sql.strings(dataSource, "select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where query ilike '%import_occupancy%' and state <> 'idle' and pid <> pg_backend_pid()");
            Thread.sleep(5);
        }
        assertThat(terminated).as("a backend was killed mid-import").contains("t");
        assertThat(killed.get()).isInstanceOf(Exception.class);
        // A moment passes before anyone looks: the pool checks a connection at most once a second (SchemaMigrator),
        // and only then finds the killed one and replaces the pool's connections.
        Thread.sleep(1_500);
        assertThat(occupancyRows(bags[0])).isZero();
        assertThat(Sql.strings(dataSource, "select count(*) from monitoring.import_log where file_name = 'kill.csv'"))
                .containsExactly("0");

        assertThat(rerun(file).added()).isEqualTo(200_000);
        assertThat(TestCaller.as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "kill.csv", file)).alreadyImported()).isTrue();
        assertThat(occupancyRows(bags[0])).isEqualTo(10_000);
    }


    /**
     * The import run again, as its officer would: once more when the pool handed out the killed connection before
     * its next check found it dead (on a busy machine the check may come later than the pause above).
     */
    private ImportOutcome rerun(Path file) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return TestCaller.as(OFFICER, () -> imports.importFile(ImportKind.OCCUPANCY, "kill.csv", file));
            } catch (RuntimeException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("allocating a connection")) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    private int occupancyRows(String bagId) throws Exception {
        return Integer.parseInt(Sql.strings(dataSource, "select count(*) from monitoring.occupancy_report r"
                + " where r.location_id in (select location_id from monitoring.location_version where bag_id = '"
                + bagId + "')").get(0));
    }

    private static String bagId() {
        // a Westland address: an officer's BAG id lies in their own municipality
        return "1783%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static Path file(String text) throws java.io.IOException {
        Path file = Files.createTempFile("import", ".csv");
        file.toFile().deleteOnExit();
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

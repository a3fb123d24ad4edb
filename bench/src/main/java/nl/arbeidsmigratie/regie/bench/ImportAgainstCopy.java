package nl.arbeidsmigratie.regie.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.control.CsvImporter;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.postgresql.PGConnection;

/**
 * (b) Occupancy rows imported through the product's two passes (check every row, then COPY into a staging table
 * and write set-based, the current state kept by its trigger) against the same import with that trigger switched off
 * and against PostgreSQL COPY of the same rows straight into the table and into an empty table of the same
 * columns without indexes (the physical limit), interleaved ({@code bench.import.runs},
 * default 3). Each import commits, as in the product; the COPY is rolled back.
 */
final class ImportAgainstCopy {

    private static final int LOCATIONS = 100;
    private static final String BY = "synthetic";
    private static final String WITH = "product import";
    private static final String WITHOUT = "product import, no current state (before)";
    private static final String COPY = "PostgreSQL COPY into the table";
    private static final String BARE = "PostgreSQL COPY into an empty table, no indexes";
    private static final String COPY_COLUMNS = " (location_id, reference_date, persons, short_stay, mid_stay, long_stay,"
            + " recorded_at, recorded_by) from stdin (format csv)";

    private ImportAgainstCopy() {
    }

    static void run(Connection connection, Benchmark.Scenario scenario, int runs) throws Exception {
        int days = Integer.getInteger("bench.import.rows", 100_000) / LOCATIONS;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Path dir = Files.createTempDirectory("regie-bench-import");
        try {
            CsvImporter importer = CsvImporter.on(connection);
            List<String> bags = new ArrayList<>();
            StringBuilder locations = new StringBuilder("municipality_code,bag_id,name,housing_form,status\n");
            for (int i = 0; i < LOCATIONS; i++) {
                String bag = "99990000%08d".formatted(i);
                bags.add(bag);
                locations.append("GM1783,").append(bag).append(",Synthetische locatie ").append(i)
                        .append(",HOUSING_UNITS,ACTIVE\n");
            }
            importFile(importer, connection, ImportKind.LOCATIONS, write(dir.resolve("locaties.csv"), locations.toString()), dir);
            // A small import first, so the measured one runs warm, as COPY does.
            importFile(importer, connection, ImportKind.OCCUPANCY, occupancy(dir.resolve("warm.csv"), bags, LocalDate.of(1970, 1, 1), 10), dir);

            // Interleaved: the import as it is, the import with the current state's trigger switched off (what an
            // import cost before the current state existed), and COPY straight into the table (rolled back).
            long rows = (long) days * LOCATIONS;
            long[] added = new long[1];
            int[] round = new int[1];
            String copyRows = copyRows(connection, bags, LocalDate.of(1900, 1, 1), days);
            Map<String, List<Long>> times = Benchmark.interleaved(Integer.getInteger("bench.import.runs", 3), List.of(
                    new Benchmark.Contender(WITH, () -> added[0] += importFile(importer, connection,
                            ImportKind.OCCUPANCY, occupancy(dir.resolve("bezetting.csv"), bags, from(round[0]++, days),
                                    days), dir)),
                    new Benchmark.Contender(WITHOUT, () -> {
                        currentState(connection, "disable");
                        added[0] += importFile(importer, connection, ImportKind.OCCUPANCY,
                                occupancy(dir.resolve("bezetting.csv"), bags, from(round[0]++, days), days), dir);
                        currentState(connection, "enable");
                    }),
                    new Benchmark.Contender(COPY, () -> {
                        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy monitoring.occupancy_report"
                                + COPY_COLUMNS, new java.io.StringReader(copyRows));
                        connection.rollback();
                    }),
                    // the physical limit: the same rows into a fresh table of the same columns, without indexes,
                    // constraints or triggers
                    new Benchmark.Contender(BARE, () -> {
                        try (Statement s = connection.createStatement()) {
                            s.execute("create temporary table bare_occupancy (like monitoring.occupancy_report"
                                    + " including defaults including identity)");
                        }
                        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bare_occupancy"
                                + COPY_COLUMNS, new java.io.StringReader(copyRows));
                        connection.rollback();
                    })));
            // the imports without the trigger left the current state of their locations behind: bring it up to date
            try (Statement s = connection.createStatement()) {
                s.execute("select monitoring.refresh_current_occupancy(array(select location_id from"
                        + " monitoring.location_version where bag_id like '9999%' and recorded_by = '" + BY + "'))");
                s.execute("insert into monitoring.municipality_change select municipality_code"
                        + " from monitoring.municipality_totals");
            }
            connection.commit();

            System.out.printf("%nImport of %,d occupancy rows, %d interleaved runs (%,d rows added in all)%n", rows,
                    times.get(COPY).size(), added[0]);
            Benchmark.printTimes(times);
            long copy = Benchmark.median(times.get(COPY));
            for (String contender : List.of(WITH, WITHOUT)) {
                long median = Benchmark.median(times.get(contender));
                System.out.printf("%-44s %,.0f rows per second, %.2f of COPY's speed (target at least 0.5),"
                        + " %.2f of the physical limit's%n", contender, rows * 1000.0 / median, (double) copy / median,
                        (double) Benchmark.median(times.get(BARE)) / median);
            }
            System.out.printf("%-44s %.2f (target at most 1.2)%n", "import with ÷ without the current state, medians",
                    (double) Benchmark.median(times.get(WITH)) / Benchmark.median(times.get(WITHOUT)));
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long importFile(CsvImporter importer, Connection connection, ImportKind kind, Path file, Path dir)
            throws Exception {
        Path staged = dir.resolve(file.getFileName() + ".staged");
        CsvImporter.Checked checked = importer.check(kind, file, LocalDate.now(DutchTime.ZONE), staged, null);
        long added = importer.write(kind, staged, checked.columns(), Timestamp.from(Instant.now()), BY, "benchmark",
                null).added();
        connection.commit();
        return added;
    }

    /** The first reference date of import {@code round}: each import brings new dates. */
    private static LocalDate from(int round, int days) {
        return LocalDate.of(1980, 1, 1).plusDays((long) round * days);
    }

    /**
     * Switches the triggers that keep the current state of occupancy and note the municipalities whose totals change
     * off or on, committed.
     */
    private static void currentState(Connection connection, String how) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (String trigger : List.of("occupancy_report_keeps_current", "occupancy_report_changes_totals")) {
                s.execute("alter table monitoring.occupancy_report " + how + " trigger " + trigger);
            }
        }
        connection.commit();
    }

    private static Path occupancy(Path file, List<String> bags, LocalDate from, int days) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("bag_id,reference_date,persons,short_stay,mid_stay,long_stay\n");
            for (int d = 0; d < days; d++) {
                for (String bag : bags) {
                    out.write(bag + "," + from.plusDays(d) + "," + (d % 50 + 5) + ",1,2,1\n");
                }
            }
        }
        return file;
    }

    /** The same figures in the table's own columns, for locations the import registered. */
    private static String copyRows(Connection connection, List<String> bags, LocalDate from, int days) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select location_id from "
                + "monitoring.location_version where bag_id like '9999%' and recorded_by = '" + BY + "' order by bag_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        StringBuilder rows = new StringBuilder();
        for (int d = 0; d < days; d++) {
            for (Long id : ids) {
                rows.append(id).append(',').append(from.plusDays(d)).append(',').append(d % 50 + 5)
                        .append(",1,2,1,2026-01-01 00:00:00+00,").append(BY).append('\n');
            }
        }
        return rows.toString();
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }
}

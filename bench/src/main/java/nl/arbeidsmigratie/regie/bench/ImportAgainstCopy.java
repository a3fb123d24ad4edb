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
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.control.CsvImporter;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.postgresql.PGConnection;

/**
 * (b) Occupancy rows imported through the product's two passes (check every row, then COPY into a staging table
 * and write set-based) against PostgreSQL COPY of the same rows straight into the table. Each import commits, as
 * in the product; the COPY is rolled back, so the bench can run again on the same database.
 */
final class ImportAgainstCopy {

    private static final int LOCATIONS = 100;
    private static final String BY = "synthetic";

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

            Path file = occupancy(dir.resolve("bezetting.csv"), bags, LocalDate.of(1980, 1, 1), days);
            long rows = (long) days * LOCATIONS;
            long started = System.nanoTime();
            long added = importFile(importer, connection, ImportKind.OCCUPANCY, file, dir);
            double importSeconds = (System.nanoTime() - started) / 1e9;

            String copyRows = copyRows(connection, bags, LocalDate.of(1900, 1, 1), days);
            started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy monitoring.occupancy_report (location_id,"
                    + " reference_date, persons, short_stay, mid_stay, long_stay, recorded_at, recorded_by)"
                    + " from stdin (format csv)", new java.io.StringReader(copyRows));
            double copySeconds = (System.nanoTime() - started) / 1e9;

            System.out.printf("%nImport of %,d occupancy rows (%,d added, new the first time the bench runs)%n",
                    rows, added);
            System.out.printf("%-44s %-26s %-26s%n", "", "product (check + COPY stage)", "PostgreSQL COPY");
            System.out.printf("%-44s %-26s %-26s%n", "seconds", "%.2f".formatted(importSeconds),
                    "%.2f".formatted(copySeconds));
            System.out.printf("%-44s %-26s %-26s%n", "rows per second", "%,.0f".formatted(rows / importSeconds),
                    "%,.0f".formatted(rows / copySeconds));
            System.out.printf("%-44s %-26s %-26s%n", "speed against COPY (target at least 0.5)",
                    "%.2f".formatted(copySeconds / importSeconds), "1.00");
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long importFile(CsvImporter importer, Connection connection, ImportKind kind, Path file, Path dir)
            throws Exception {
        Path staged = dir.resolve(file.getFileName() + ".staged");
        importer.check(kind, file, LocalDate.now(DutchTime.ZONE), staged, null);
        long added = importer.write(kind, staged, Timestamp.from(Instant.now()), BY, "benchmark", null)[0];
        connection.commit();
        return added;
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

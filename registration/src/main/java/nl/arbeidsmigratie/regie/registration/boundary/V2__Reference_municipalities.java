package nl.arbeidsmigratie.regie.registration.boundary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 342 municipalities of 2024 (CBS codes) and the regions of Zuid-Holland from the CSV shipped in
 * this module. Flyway derives version and description from the class name, hence its form.
 */
public class V2__Reference_municipalities extends BaseJavaMigration {

    static final String SOURCE = "/reference/gemeenten-2024.csv";

    @Override
    public void migrate(Context context) throws Exception {
        List<CSVRecord> records = read();
        Connection connection = context.getConnection();
        TreeSet<String> regions = new TreeSet<>();
        records.forEach(r -> {
            if (!r.get("regio").isBlank()) {
                regions.add(r.get("regio").strip());
            }
        });
        try (PreparedStatement insertRegion = connection.prepareStatement("insert into region (name) values (?)")) {
            for (String region : regions) {
                insertRegion.setString(1, region);
                insertRegion.addBatch();
            }
            insertRegion.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into municipality (code, name, province, region_id) "
                        + "values (?, ?, ?, (select id from region where name = ?))")) {
            for (CSVRecord r : records) {
                insert.setString(1, r.get("gemeentecode").strip());
                insert.setString(2, r.get("gemeentenaam").strip());
                insert.setString(3, blankToNull(r.get("provincie")));
                insert.setString(4, blankToNull(r.get("regio")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<CSVRecord> read() throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(V2__Reference_municipalities.class.getResourceAsStream(SOURCE), SOURCE),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

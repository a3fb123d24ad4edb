package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.ImportHistoryEntry;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.platform.api.Datasource;

/**
 * What imports leave besides their rows: the history of files imported and refused per municipality, and each
 * person's names for the product's columns.
 */
@Dependent
public class ImportRecords {

    private static final int HISTORY_LIMIT = 200;
    private static final Type PROBLEMS = new ArrayList<ImportProblem>() { }.getClass().getGenericSuperclass();

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    /**
     * The latest imports and refusals about {@code municipalityCode}, or of all municipalities for null; without
     * {@code othersLines}, a refused file that was also about other municipalities comes without its report.
     */
    public List<ImportHistoryEntry> history(String municipalityCode, boolean othersLines) {
        String about = municipalityCode == null ? "" : " where ? = any(municipality_codes)";
        String sql = "select kind, file_name, at, by_whom, refused, data_rows, added, corrected, unchanged, total, problems,"
                + " municipalities from (select kind, file_name, imported_at at, imported_by by_whom, false refused,"
                + " data_rows, added, corrected, unchanged, 0 total, null problems, 1 municipalities"
                + " from monitoring.import_log" + about
                + " union all select kind, file_name, refused_at, refused_by, true, 0, 0, 0, 0, problem_total, problems,"
                + " cardinality(municipality_codes) from monitoring.import_refusal" + about + ") h"
                + " order by at desc limit " + HISTORY_LIMIT;
        List<ImportHistoryEntry> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             Jsonb json = JsonbBuilder.create()) {
            if (municipalityCode != null) {
                s.setString(1, municipalityCode);
                s.setString(2, municipalityCode);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String problems = rs.getString(11);
                    boolean withheld = !othersLines && rs.getInt(12) > 1;
                    found.add(new ImportHistoryEntry(ImportKind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBoolean(5), rs.getLong(6),
                            rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            problems == null || withheld ? List.of() : json.fromJson(problems, PROBLEMS), withheld));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the import history", e);
        }
        return found;
    }

    public void refused(ImportKind kind, String fileName, Set<String> municipalities, List<ImportProblem> problems,
                        long total, Instant at, String by) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into monitoring.import_refusal (kind, file_name, municipality_codes, problem_total, problems,"
                        + " refused_at, refused_by) values (?, ?, ?, ?, ?, ?, ?)"); Jsonb json = JsonbBuilder.create()) {
            s.setString(1, kind.name());
            s.setString(2, fileName);
            s.setArray(3, c.createArrayOf("text", municipalities.stream().sorted().toArray()));
            s.setLong(4, total);
            s.setString(5, json.toJson(problems.stream().map(ImportProblem::withoutCell).toList()));
            s.setTimestamp(6, Timestamp.from(at));
            s.setString(7, by);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot record the refusal", e);
        }
    }

    /** The person's names for columns of this kind: header name (lower case) to the product's column, "" to ignore. */
    public Map<String, String> mapping(String person, ImportKind kind) {
        Map<String, String> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select file_column, product_column from monitoring.import_mapping where person = ? and kind = ?"
                        + " order by file_column")) {
            s.setString(1, person);
            s.setString(2, kind.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    public void remember(String person, ImportKind kind, Map<String, String> mapping) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into monitoring.import_mapping (person, kind, file_column, product_column) values (?, ?, ?, ?)"
                        + " on conflict (person, kind, file_column) do update set product_column = excluded.product_column")) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                s.setString(1, person);
                s.setString(2, kind.name());
                s.setString(3, e.getKey());
                s.setString(4, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.arbeidsmigratie.regie.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes synthetic monitoring data with COPY: every municipality of the reference list, {@code locations}
 * housing locations (one in twenty revised once, some of those closing or marked as an error; one in ten without
 * its facilities, one in a hundred without beds), {@code months} monthly occupancy reports per location (one in two
 * hundred corrected, some of those corrections recorded months later; one in a hundred and fifty marked as an
 * error; one in a hundred recorded only after later reference dates) and a yearly LIVING_IN count per municipality
 * (one in ten corrected). So both paths of the picture meet every kind of write. Everything is recorded by
 * {@code synthetic}, never presented as real. Seeded, so two runs produce the same data.
 */
final class SyntheticData {

    static final String BY = "synthetic";
    static final LocalDate LAST_MONTH = LocalDate.of(2026, 1, 1);
    /** Nothing is recorded after this moment, so "as known now" sees every row. */
    static final OffsetDateTime LAST_RECORDED = OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final int CHUNK = 200_000;
    private static final String[] FORMS = {"REGULAR_DWELLING", "HOTEL_PENSION", "BUILDING_COMPLEX_UNITS",
            "HOUSING_UNITS", "HOLIDAY_PARK", "EMPLOYER_SITE", "INFORMAL"};
    private static final String[] MARKS = {"NONE", "SNF", "SNF", "AKF"};

    /** A municipality of the reference list: CBS code, name, province and region (empty outside Zuid-Holland). */
    record Municipality(String code, String name, String province, String region) {
    }

    private final Connection connection;
    private final CopyManager copy;
    private final SplittableRandom random = new SplittableRandom(20131);
    private final StringBuilder rows = new StringBuilder();
    private int buffered;

    SyntheticData(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    static List<Municipality> municipalities() throws IOException {
        List<Municipality> all = new ArrayList<>();
        try (var in = Objects.requireNonNull(SyntheticData.class.getResourceAsStream("/reference/gemeenten-2024.csv"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // A quoted name may hold a comma ("Nuenen, Gerwen en Nederwetten").
                String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                all.add(new Municipality(f[0], f[1].replace("\"", ""), f[2], f[3]));
            }
        }
        return all;
    }

    /** Generates everything; returns the number of rows written per table. */
    String generate(List<Municipality> municipalities, int locations, int months) throws SQLException, IOException {
        long firstLocation = nextId("housing_location");
        OffsetDateTime start = OffsetDateTime.of(2014, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        int[] beds = new int[locations];
        String sql = "copy monitoring.housing_location (id, municipality_code, registered_at, registered_by) from stdin (format csv)";
        for (int i = 0; i < locations; i++) {
            add(sql, (firstLocation + i) + "," + municipalities.get(random.nextInt(municipalities.size())).code() + ","
                    + start + "," + BY);
        }
        flush(sql);

        sql = "copy monitoring.location_version (location_id, version_no, name, housing_form, status, opened_on, "
                + "closed_on, beds, floor_area, bedroom_area, bedrooms, toilets, showers, quality_mark, recorded_at, "
                + "recorded_by, reason, marked_error) from stdin (format csv)";
        int versions = 0;
        for (int i = 0; i < locations; i++) {
            long id = firstLocation + i;
            beds[i] = 4 + random.nextInt(196);
            int roll = random.nextInt(100);
            String status = roll < 90 ? "ACTIVE" : roll < 95 ? "PLANNED" : "CLOSED";
            LocalDate opened = LAST_MONTH.minusDays(random.nextInt(12 * 365));
            String closed = status.equals("CLOSED") ? opened.plusDays(1 + random.nextInt(1500)).toString() : "";
            String bedCount = random.nextInt(100) == 0 ? "" : String.valueOf(beds[i]);
            String facilities = random.nextInt(10) == 0 ? bedCount + ",,,,," : bedCount + ","
                    + (beds[i] * (8 + random.nextInt(8))) + "," + (beds[i] * 4) + ","
                    + Math.max(1, beds[i] / 2) + "," + Math.max(1, beds[i] / (5 + random.nextInt(6))) + ","
                    + Math.max(1, beds[i] / (5 + random.nextInt(6)));
            String form = FORMS[random.nextInt(FORMS.length)];
            String mark = MARKS[random.nextInt(MARKS.length)];
            String common = form + "," + status + "," + opened + "," + closed + "," + facilities + "," + mark + ",";
            add(sql, id + ",1,Synthetische locatie " + id + "," + common + start.plusDays(random.nextInt(300)) + ","
                    + BY + ",,false");
            versions++;
            if (random.nextInt(20) == 0) {
                int revision = random.nextInt(10);
                String revised = revision == 0 && status.equals("ACTIVE")
                        ? form + ",CLOSED," + opened + "," + later(opened, LAST_MONTH.minusDays(random.nextInt(700))) + ","
                        + facilities + "," + mark + "," : common;
                add(sql, id + ",2,Synthetische locatie " + id + " (herzien)," + revised
                        + latest(start.plusYears(5).plusDays(random.nextInt(3000)).toLocalDate()) + "," + BY
                        + ",synthetic revision,"
                        + (revision == 1));
                versions++;
            }
        }
        flush(sql);

        sql = "copy monitoring.occupancy_report (id, location_id, reference_date, persons, recorded_at, recorded_by, "
                + "supersedes_id, reason, marked_error) from stdin (format csv)";
        long reportId = nextId("occupancy_report");
        long reports = 0;
        for (int i = 0; i < locations; i++) {
            for (int m = months - 1; m >= 0; m--) {
                LocalDate day = LAST_MONTH.minusMonths(m);
                int persons = random.nextInt(beds[i] + beds[i] / 10 + 1);
                OffsetDateTime recorded = latest(day.plusDays(random.nextInt(100) == 0 ? 100 : 5));
                long first = reportId++;
                add(sql, first + "," + (firstLocation + i) + "," + day + "," + persons + "," + recorded + "," + BY
                        + ",,,false");
                reports++;
                int roll = random.nextInt(600);
                if (roll < 3) {
                    OffsetDateTime corrected = latest(recorded.toLocalDate().plusDays(roll == 0 ? 150 : 20));
                    add(sql, (reportId++) + "," + (firstLocation + i) + "," + day + "," + Math.max(0, persons - 3)
                            + "," + corrected + "," + BY + "," + first + ",synthetic correction,false");
                    reports++;
                } else if (roll < 7) {
                    add(sql, (reportId++) + "," + (firstLocation + i) + "," + day + "," + persons + ","
                            + latest(recorded.toLocalDate().plusDays(10)) + "," + BY + "," + first + ",synthetic error,true");
                    reports++;
                }
            }
        }
        flush(sql);

        sql = "copy monitoring.municipal_count (id, municipality_code, reference_date, registered_brp, estimate_min, "
                + "estimate_max, source, definition, recorded_at, recorded_by, supersedes_id, reason) "
                + "from stdin (format csv)";
        long countId = nextId("municipal_count");
        int counts = 0;
        for (Municipality m : municipalities) {
            for (int year = 0; year <= months / 12; year++) {
                LocalDate day = LAST_MONTH.minusYears(year);
                int min = 100 + random.nextInt(5000);
                int max = min + random.nextInt(5000);
                OffsetDateTime recorded = day.plusDays(30).atStartOfDay().atOffset(ZoneOffset.UTC);
                long first = countId++;
                add(sql, first + "," + m.code() + "," + day + "," + (min / 2) + "," + min + "," + max
                        + ",synthetic,LIVING_IN," + recorded + "," + BY + ",,");
                counts++;
                if (random.nextInt(10) == 0) {
                    add(sql, (countId++) + "," + m.code() + "," + day + "," + (min / 2) + "," + (min + 100) + ","
                            + (max + 100) + ",synthetic,LIVING_IN," + recorded.plusDays(60) + "," + BY + ","
                            + first + ",synthetic correction");
                    counts++;
                }
            }
        }
        flush(sql);
        try (Statement s = connection.createStatement()) {
            // The Haaglanden 2013 model, so the dashboard view has an agreement to show.
            s.execute("insert into monitoring.fair_share_agreement (region, created_at, created_by) "
                    + "values ('Haaglanden', '2014-01-01T00:00Z', '" + BY + "')");
            s.execute("insert into monitoring.fair_share_version (agreement_id, version_no, title, total_places, "
                    + "agreed_on, deadline, recorded_at, recorded_by) select max(id), 1, 'Haaglanden 2013 (synthetic)', "
                    + "6000, '2013-01-01', '2020-12-31', '2014-01-01T00:00Z', '" + BY + "' from monitoring.fair_share_agreement");
            s.execute("insert into monitoring.fair_share_part (version_id, position, municipality_code, places) "
                    + "select max(id), p.position, p.code, 2000 from monitoring.fair_share_version, "
                    + "(values (0, 'GM0518'), (1, 'GM1783')) as p (position, code) group by p.position, p.code");
            for (String table : List.of("housing_location", "occupancy_report", "municipal_count")) {
                s.execute("select setval(pg_get_serial_sequence('monitoring." + table + "', 'id'), "
                        + "(select max(id) from monitoring." + table + "))");
            }
            s.execute("analyze");
        }
        return municipalities.size() + " municipalities, " + locations + " locations, " + versions + " location versions, "
                + reports + " occupancy reports, " + counts + " counts";
    }

    /** The moment a row about {@code day} was recorded, never after {@link #LAST_RECORDED}. */
    private static OffsetDateTime latest(LocalDate day) {
        OffsetDateTime at = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        return at.isAfter(LAST_RECORDED) ? LAST_RECORDED : at;
    }

    private static LocalDate later(LocalDate opened, LocalDate closed) {
        return closed.isAfter(opened) ? closed : opened.plusDays(1);
    }

    private long nextId(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             var r = s.executeQuery("select coalesce(max(id), 0) + 1 from monitoring." + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void add(String sql, String row) throws SQLException, IOException {
        rows.append(row).append('\n');
        if (++buffered == CHUNK) {
            flush(sql);
        }
    }

    private void flush(String sql) throws SQLException, IOException {
        if (buffered > 0) {
            copy.copyIn(sql, new StringReader(rows.toString()));
        }
        rows.setLength(0);
        buffered = 0;
    }
}

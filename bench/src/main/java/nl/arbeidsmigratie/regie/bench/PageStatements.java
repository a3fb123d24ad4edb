package nl.arbeidsmigratie.regie.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (b) The pages as the demo coordinator sees them, signed in through the sign-in page: the time of a whole page
 * view (interleaved, after one warm-up of each) and the SQL statements of one view, counted by PostgreSQL itself
 * with {@code pg_stat_statements} for the application's own database user (statements only: BEGIN, COMMIT and SET
 * are not counted). A timer of the product may run during a view and add its statements, so each page is counted
 * in two views and the smaller count kept; the statements of that view are listed.
 */
final class PageStatements {

    static final int TARGET = 5;
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("dashboard", "app/monitoring/dashboard.xhtml");
        PAGES.put("locations list", "app/monitoring/locations.xhtml");
        PAGES.put("municipalities table", "app/registration/municipalities.xhtml");
    }

    private PageStatements() {
    }

    static void run(Connection connection, Benchmark.Scenario scenario, int runs) throws Exception {
        PageSession coordinator = scenario.product().coordinator();
        List<Benchmark.Contender> views = new ArrayList<>();
        PAGES.forEach((name, path) -> views.add(new Benchmark.Contender(name, () -> coordinator.open(path))));
        Map<String, List<Long>> times = Benchmark.interleaved(runs, views);
        System.out.printf("%nPages signed in as %s, whole page view over HTTP, %d interleaved runs%n",
                DeployedProduct.COORDINATOR, runs);
        Benchmark.printTimes(times);
        if (!countable(connection)) {
            System.out.println("SQL statements per page view: not counted (pg_stat_statements is not loaded in this "
                    + "PostgreSQL; the embedded one loads it)");
            return;
        }
        System.out.printf("%-44s %s%n", "SQL statements per page view", "counted by PostgreSQL (target at most "
                + TARGET + ")");
        for (var page : PAGES.entrySet()) {
            Counted fewest = null;
            for (int view = 0; view < 2; view++) {
                try (Statement s = connection.createStatement()) {
                    s.execute("select pg_stat_statements_reset()");
                }
                coordinator.open(page.getValue());
                Counted counted = statements(connection);
                if (fewest == null || counted.total() < fewest.total()) {
                    fewest = counted;
                }
            }
            System.out.printf("%-44s %d%s%n", page.getKey(), fewest.total(), fewest.total() > TARGET ? "  (over target)" : "");
            fewest.lines().forEach(line -> System.out.println("    " + line));
        }
    }

    /** Loads the extension where the server has it preloaded. */
    private static boolean countable(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.executeQuery("select count(*) from pg_stat_statements").close();
            return true;
        } catch (SQLException notLoaded) {
            return false;
        }
    }

    /** The statements of one page view: how many, and each statement shortened with its number of calls. */
    private record Counted(long total, List<String> lines) {
    }

    /** What the application's user ran since the reset. */
    private static Counted statements(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        long total = 0;
        try (PreparedStatement s = connection.prepareStatement("select s.calls, s.query from pg_stat_statements s "
                + "join pg_roles r on r.oid = s.userid where r.rolname = ?"
                // transaction control and settings are not statements of the page, whether the server tracks them or not
                + " and s.query !~* '^\\s*(begin|start transaction|commit|rollback|set|reset|show)\\M'"
                + " order by s.calls desc, s.query")) {
            s.setString(1, DeployedProduct.RUNTIME_USER);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    String query = r.getString(2).replaceAll("\\s+", " ").strip();
                    String shown = query.length() > 110 ? query.substring(0, 110) + "…" : query;
                    lines.add(r.getLong(1) + " × " + shown);
                    total += r.getLong(1);
                }
            }
        }
        return new Counted(total, lines);
    }
}

package nl.arbeidsmigratie.regie.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.flywaydb.core.Flyway;

/**
 * Generates synthetic data at the chosen scale, starts the product on it and runs the benchmark sections side by side
 * in one run. A section is one comparison; another comparison is one more {@link Section} in {@link #WITH_PRODUCT}
 * (run while the product runs) or {@link #WITHOUT_PRODUCT} (after it has stopped).
 *
 * <p>System properties: {@code bench.locations} (50000), {@code bench.months} (120), {@code bench.runs} (5),
 * {@code bench.db.url} / {@code bench.db.user} / {@code bench.db.password} to use a PostgreSQL of your own
 * instead of the embedded one (the data is added to what is there), {@code bench.generate=false} to measure what is
 * there without adding any, {@code bench.measure=false} to generate the data and stop (as for the load test),
 * {@code bench.db.options} for the session's settings (by default the product's, {@link Datasource#SESSION_OPTIONS}).
 * The environment variable {@code PORT} sets the product's HTTP port (a free one if unset).
 */
public final class Benchmark {

    /** One comparison, printed as a table: a title, then rows of label and one value per contender. */
    interface Section {
        void run(Connection connection, Scenario scenario, int runs) throws Exception;
    }

    /** The data the sections measure on, and the product deployed on it (null once stopped). */
    record Scenario(List<SyntheticData.Municipality> municipalities, LocalDate date, Instant asKnownOn,
                    DeployedProduct product) {
    }

    /** Totals that differed from the independent SQL in this run; any makes the command fail. */
    static int differences;

    static final List<Section> WITH_PRODUCT = List.of(Benchmark::dashboard, PageStatements::run);
    static final List<Section> WITHOUT_PRODUCT = List.of(ImportAgainstCopy::run);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int locations = Integer.getInteger("bench.locations", 50_000);
        int months = Integer.getInteger("bench.months", 120);
        int runs = Integer.getInteger("bench.runs", 5);
        String url = System.getProperty("bench.db.url");
        String user = System.getProperty("bench.db.user", "postgres");
        String password = System.getProperty("bench.db.password", "postgres");
        EmbeddedPostgres embedded = null;
        if (url == null || url.isBlank()) {
            // pg_stat_statements counts the product's statements per page view; BEGIN, COMMIT and SET are not counted.
            embedded = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("regie-bench-pg"))
                    .setCleanDataDirectory(true).setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_utility", "off").start();
            url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        }
        Properties session = new Properties();
        session.setProperty("user", user);
        session.setProperty("password", password);
        // The product's session settings, unless told otherwise (bench.db.options= measures the server's defaults).
        session.setProperty("options", System.getProperty("bench.db.options", Datasource.SESSION_OPTIONS));
        try (Connection connection = DriverManager.getConnection(url, session)) {
            long started = System.nanoTime();
            Flyway.configure(Benchmark.class.getClassLoader()).dataSource(url, user, password)
                    .schemas("monitoring").defaultSchema("monitoring").createSchemas(true)
                    .locations("classpath:db/migration/monitoring").load().migrate();
            List<SyntheticData.Municipality> municipalities = SyntheticData.municipalities();
            if (Boolean.parseBoolean(System.getProperty("bench.generate", "true"))) {
                String written = new SyntheticData(connection).generate(municipalities, locations, months);
                System.out.printf("%nGenerated %s in %.1f s (COPY, then ANALYZE)%n", written, seconds(started));
            }
            if (!Boolean.parseBoolean(System.getProperty("bench.measure", "true"))) {
                return;
            }
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                    + System.getProperty("java.version") + ", " + postgresVersion(connection));
            try (DeployedProduct product = DeployedProduct.start(connection, url.replaceFirst("\\?.*$", ""), user,
                    password)) {
                awaitTotals(connection);
                // As known now, on today: what a dashboard opens with. The norm rule sets count as recorded when
                // the migration ran.
                Scenario scenario = new Scenario(municipalities, LocalDate.now(DutchTime.ZONE), Instant.now(), product);
                for (Section section : WITH_PRODUCT) {
                    section.run(connection, scenario, runs);
                }
            }
            Scenario scenario = new Scenario(municipalities, LocalDate.now(DutchTime.ZONE), Instant.now(), null);
            for (Section section : WITHOUT_PRODUCT) {
                section.run(connection, scenario, runs);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        if (differences > 0) {
            throw new IllegalStateException(differences + " totals differ from the independent SQL (see DIFFERS above)");
        }
    }

    /**
     * (a) The picture of Zuid-Holland (the dashboard's region Haaglanden, with every region of its province and the
     * province) and of the whole country, from the deployed product over HTTP with the coordinator's API token, as
     * known now and as known a year ago, against the independent SQL of {@link PlainSql}, with interleaved runs.
     * Beside them the product's own statement alone on a bare connection, which shows how much of the time is the
     * database's. Every area of the product's answer is compared with the independent SQL; a difference, or an area
     * of the SQL missing from the answer, is printed and fails the run.
     */
    static void dashboard(Connection connection, Scenario scenario, int runs) throws Exception {
        Instant now = scenario.asKnownOn();
        LocalDate today = scenario.date();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        LocalDate yearAgoDate = today.minusYears(1);
        DeployedProduct product = scenario.product();
        for (String province : List.of("Zuid-Holland", "(national)")) {
            boolean national = province.startsWith("(");
            List<SyntheticData.Municipality> area = scenario.municipalities().stream()
                    .filter(m -> national || province.equals(m.province())).toList();
            List<String> codes = area.stream().map(SyntheticData.Municipality::code).toList();
            String call = national ? "regional-picture/national" : "regional-picture?region=Haaglanden";
            String separator = national ? "?" : "&";
            Map<String, Map<String, long[]>> totals = new LinkedHashMap<>();
            // The answer is read apart from the timing: parsing it is the client's work, not the product's.
            Map<String, String> answer = new HashMap<>();

            List<Long> facade = new ArrayList<>();
            Map<String, List<Long>> nowTimes = interleaved(runs, List.of(
                    new Contender(HTTP, () -> {
                        answer.put(HTTP, product.api(call));
                        facade.add(product.lastFacadeMillis());
                    }),
                    new Contender(PLAIN, () -> totals.put(PLAIN, PlainSql.totals(connection, area, today, now))),
                    new Contender(STATEMENT_ONLY, () -> statementOnly(connection, codes, today, now))));
            System.out.printf("%n%s: %d municipalities, reference date %s, as known now (%s), %d interleaved runs%n",
                    province, codes.size(), today, now, runs);
            printTimes(withFacade(nowTimes, facade));
            totals.put(HTTP, PictureAnswer.totals(answer.get(HTTP)));
            compare(province + ", now", totals.get(PLAIN), totals.get(HTTP), national);
            printTotals(totals.get(PLAIN).get("(all)"));
            if (Boolean.getBoolean("bench.explain")) {
                explain(connection, codes, today, now, true);
            }

            totals.clear();
            String past = call + separator + "date=" + yearAgoDate + "&asKnownOn=" + yearAgo;
            facade.clear();
            Map<String, List<Long>> pastTimes = interleaved(runs, List.of(
                    new Contender(HTTP, () -> {
                        answer.put(HTTP, product.api(past));
                        facade.add(product.lastFacadeMillis());
                    }),
                    new Contender(PLAIN, () -> totals.put(PLAIN, PlainSql.totals(connection, area, yearAgoDate,
                            yearAgo))),
                    new Contender(CODE_ALONE, () -> RegionalFigures.tally(connection, codes, yearAgoDate, yearAgo))));
            System.out.printf("%n%s: reference date %s, as known a year ago (%s), %d interleaved runs%n",
                    province, yearAgoDate, yearAgo, runs);
            printTimes(withFacade(pastTimes, facade));
            for (String contender : List.of(HTTP, CODE_ALONE)) {
                System.out.printf("%-44s %.2f (target at most 1.5)%n", contender + " ÷ SQL",
                        (double) median(pastTimes.get(contender)) / Math.max(1, median(pastTimes.get(PLAIN))));
            }
            totals.put(HTTP, PictureAnswer.totals(answer.get(HTTP)));
            compare(province + ", a year ago", totals.get(PLAIN), totals.get(HTTP), national);
            printTotals(totals.get(PLAIN).get("(all)"));
        }
    }

    private static final String HTTP = "product over HTTP (deployed, API token)";
    private static final String FACADE = "  of which in the facade (Server-Timing)";
    private static final String PLAIN = "independent SQL (bare JDBC)";
    private static final String CODE_ALONE = "product's aggregate alone (bare JDBC)";
    private static final String STATEMENT_ONLY = "product's current-state statement alone (bare JDBC)";

    /**
     * The times with, under the HTTP requests', the facade's share of the same requests as the server measured it
     * (the target's "in the facade"); the warm-up's is left out, as its request's time is.
     */
    private static Map<String, List<Long>> withFacade(Map<String, List<Long>> times, List<Long> facade) {
        Map<String, List<Long>> all = new LinkedHashMap<>();
        times.forEach((name, t) -> {
            all.put(name, t);
            if (name.equals(HTTP)) {
                all.put(FACADE, facade.subList(1, facade.size()));
            }
        });
        return all;
    }

    /**
     * Waits until the product's timer has summed every municipality's totals of today (V11), as it does a few
     * seconds after the data arrived: pictures as known now are measured as they run on a quiet day, not in the
     * seconds after a write, when the written municipalities are summed by the picture itself.
     */
    private static void awaitTotals(Connection connection) throws Exception {
        long started = System.nanoTime();
        String pending = "select (select count(*) from monitoring.municipality_change)"
                + " + (select count(*) from monitoring.municipality_totals where day <> ?)";
        while (true) {
            try (var s = connection.prepareStatement(pending)) {
                s.setObject(1, LocalDate.now(DutchTime.ZONE));
                try (var r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        break;
                    }
                }
            }
            if (seconds(started) > 120) {
                throw new IllegalStateException("the product did not sum the municipalities' totals within 2 minutes");
            }
            Thread.sleep(500);
        }
        System.out.printf("%nThe product's timer summed every municipality's totals of today %.1f s after it was ready%n",
                seconds(started));
    }

    /** Where the time of the current-state path goes: the product's statement alone, its rows read, no tallies made. */
    private static void statementOnly(Connection connection, List<String> codes, LocalDate date, Instant now)
            throws Exception {
        try (var s = RegionalFigures.statement(connection, "", codes, date, now, true); var r = s.executeQuery()) {
            while (r.next()) {
                r.getString(2);
            }
        }
    }

    private static final String[] FIGURES = {"estimate min", "estimate max", "active locations", "beds", "occupancy",
            "beds meeting norm"};

    /**
     * Every area of the product's answer against the independent SQL, and for the country every area of the SQL in
     * the answer (for a region the answer holds the region's municipalities, every region of its province and the
     * province); prints each difference and remembers it.
     */
    private static void compare(String what, Map<String, long[]> expected, Map<String, long[]> answer, boolean whole) {
        for (var e : answer.entrySet()) {
            long[] sql = expected.get(e.getKey());
            if (sql == null || !Arrays.equals(sql, e.getValue())) {
                differences++;
                System.out.printf("DIFFERS %s, %s: product %s, independent SQL %s%n", what, e.getKey(),
                        Arrays.toString(e.getValue()), sql == null ? "absent" : Arrays.toString(sql));
            }
        }
        for (String key : expected.keySet()) {
            boolean expectedInAnswer = whole || !key.startsWith("GM") && !key.equals("(all)");
            if (expectedInAnswer && !answer.containsKey(key)) {
                differences++;
                System.out.printf("DIFFERS %s, %s: absent from the product's answer%n", what, key);
            }
        }
        System.out.printf("%-44s %d areas of the answer compared with the independent SQL%n", "totals", answer.size());
    }

    private static void printTotals(long[] totals) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < FIGURES.length; i++) {
            line.append(i == 0 ? "" : ", ").append(FIGURES[i]).append(' ').append("%,d".formatted(totals[i]));
        }
        System.out.printf("%-44s %s%n", "", line);
    }

    private static void explain(Connection connection, List<String> codes, LocalDate date, Instant asOf, boolean now)
            throws Exception {
        try (var s = RegionalFigures.statement(connection, "explain (analyze, buffers) ", codes, date, asOf, now);
             var plan = s.executeQuery()) {
            while (plan.next()) {
                System.out.println(plan.getString(1));
            }
        }
    }

    /** A contender of an interleaved comparison. */
    record Contender(String name, Run run) {
    }

    /** One warm-up of each, then {@code runs} rounds in which each runs once, in milliseconds per contender. */
    static Map<String, List<Long>> interleaved(int runs, List<Contender> contenders) throws Exception {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (Contender c : contenders) {
            c.run().run();
            times.put(c.name(), new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (Contender c : contenders) {
                long start = System.nanoTime();
                c.run().run();
                times.get(c.name()).add((System.nanoTime() - start) / 1_000_000);
            }
        }
        return times;
    }

    static void printTimes(Map<String, List<Long>> times) {
        System.out.printf("%-44s %s%n", "", "ms: min / median / max");
        times.forEach((name, t) -> System.out.printf("%-44s %d / %d / %d%n", name, min(t), median(t), max(t)));
    }

    interface Run {
        void run() throws Exception;
    }

    private static String postgresVersion(Connection connection) throws Exception {
        try (var s = connection.createStatement(); var r = s.executeQuery("show server_version")) {
            r.next();
            return "PostgreSQL " + r.getString(1);
        }
    }

    static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().collect(Collectors.toList());
        return sorted.get(sorted.size() / 2);
    }

    static long max(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static long min(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

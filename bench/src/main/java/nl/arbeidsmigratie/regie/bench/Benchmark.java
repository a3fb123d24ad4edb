package nl.arbeidsmigratie.regie.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.control.FairShareFigures;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.flywaydb.core.Flyway;

/**
 * Generates synthetic data at the chosen scale and runs the benchmark sections side by side in one run.
 * A section is one comparison; another comparison (such as import through the product against COPY) is one more
 * {@link Section} in {@link #SECTIONS}.
 *
 * <p>System properties: {@code bench.locations} (50000), {@code bench.months} (120), {@code bench.runs} (5),
 * {@code bench.db.url} / {@code bench.db.user} / {@code bench.db.password} to use a PostgreSQL of your own
 * instead of the embedded one (the data is added to what is there), {@code bench.generate=false} to measure what is
 * there without adding any, {@code bench.measure=false} to generate the data and stop (as for the load test).
 */
public final class Benchmark {

    /** One comparison, printed as a table: a title, then rows of label and one value per contender. */
    interface Section {
        void run(Connection connection, Scenario scenario, int runs) throws Exception;
    }

    /** The data the sections measure on. */
    record Scenario(List<SyntheticData.Municipality> municipalities, LocalDate date, Instant asKnownOn) {
    }

    /** Totals that differed from the independent SQL in this run; any makes the command fail. */
    static int differences;

    static final List<Section> SECTIONS = List.of(Benchmark::dashboard, ImportAgainstCopy::run);

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
            embedded = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("regie-bench-pg"))
                    .setCleanDataDirectory(true).setServerConfig("max_wal_size", "2GB").start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
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
            // As known now, on today: what a dashboard opens with. The norm rule sets count as recorded when the
            // migration ran.
            Scenario scenario = new Scenario(municipalities, LocalDate.now(DutchTime.ZONE), Instant.now());
            for (Section section : SECTIONS) {
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
     * (a) The picture of Zuid-Holland and of the whole country, as known now (the product's current state, and the
     * history path every view took before it) and as known a year ago (the history), each against the independent
     * SQL of {@link PlainSql}, with interleaved runs. Every municipality's, region's and the area's totals are
     * compared; a difference is printed and fails the run.
     */
    static void dashboard(Connection connection, Scenario scenario, int runs) throws Exception {
        Instant now = scenario.asKnownOn();
        LocalDate today = scenario.date();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        LocalDate yearAgoDate = today.minusYears(1);
        for (String province : List.of("Zuid-Holland", "(national)")) {
            List<SyntheticData.Municipality> area = scenario.municipalities().stream()
                    .filter(m -> province.startsWith("(") || province.equals(m.province())).toList();
            List<String> codes = area.stream().map(SyntheticData.Municipality::code).toList();
            List<String> regions = area.stream().map(Benchmark::regionOf).toList();
            AtomicInteger statements = new AtomicInteger();
            Connection counted = counting(connection, statements);
            Map<String, Map<String, long[]>> totals = new LinkedHashMap<>();

            String current = "product, current state";
            String history = "product, history (before)";
            String plain = "independent SQL";
            Map<String, List<Long>> nowTimes = interleaved(runs, List.of(
                    new Contender(current, () -> totals.put(current, areaTotals(area,
                            RegionalFigures.tallyNow(counted, codes, today, now)))),
                    new Contender(history, () -> totals.put(history, areaTotals(area,
                            RegionalFigures.tally(connection, codes, today, now)))),
                    new Contender(plain, () -> totals.put(plain, PlainSql.totals(connection, codes, regions, today, now))),
                    new Contender(STATEMENT_ONLY, () -> statementOnly(connection, codes, today, now))));
            int perPicture = statements.get() / (runs + 1);
            totals.remove(STATEMENT_ONLY);
            System.out.printf("%n%s: %d municipalities, reference date %s, as known now (%s), %d interleaved runs%n",
                    province, codes.size(), today, now, runs);
            printTimes(nowTimes);
            System.out.printf("%-44s %s%n", "SQL statements per picture (monitoring)",
                    perPicture + " (+ 2 in registration: account and areas)");
            compare(province + ", now", totals.get(plain), Map.of(current, totals.get(current), history, totals.get(history)));
            printTotals(totals.get(current).get("(all)"));
            if (!province.startsWith("(")) {
                wholeView(counted, statements, area, scenario, runs);
            }
            if (Boolean.getBoolean("bench.explain")) {
                explain(connection, codes, today, now, true);
            }

            totals.clear();
            String past = "product, history";
            Map<String, List<Long>> pastTimes = interleaved(runs, List.of(
                    new Contender(past, () -> totals.put(past, areaTotals(area,
                            RegionalFigures.tally(connection, codes, yearAgoDate, yearAgo)))),
                    new Contender(plain, () -> totals.put(plain,
                            PlainSql.totals(connection, codes, regions, yearAgoDate, yearAgo)))));
            System.out.printf("%n%s: reference date %s, as known a year ago (%s), %d interleaved runs%n",
                    province, yearAgoDate, yearAgo, runs);
            printTimes(pastTimes);
            System.out.printf("%-44s %.2f (target at most 1.5)%n", "product ÷ independent SQL, medians",
                    (double) median(pastTimes.get(past)) / Math.max(1, median(pastTimes.get(plain))));
            compare(province + ", a year ago", totals.get(plain), Map.of(past, totals.get(past)));
            printTotals(totals.get(past).get("(all)"));
        }
    }

    /**
     * (c) The monitoring part of one whole dashboard view of Haaglanden, through the same control code as the
     * {@code RegionalPicture.dashboard} facade as known now: picture, agreements with their shares, realised places.
     */
    private static void wholeView(Connection counted, AtomicInteger statements, List<SyntheticData.Municipality> province,
                                  Scenario scenario, int runs) throws Exception {
        List<String> codes = province.stream().map(SyntheticData.Municipality::code).toList();
        Map<String, String> haaglanden = province.stream().filter(m -> m.region().equals("Haaglanden"))
                .collect(Collectors.toMap(SyntheticData.Municipality::code, SyntheticData.Municipality::name));
        statements.set(0);
        int[] rows = new int[1];
        List<Long> times = interleaved(runs, List.of(new Contender("view", () -> {
            RegionalFigures.tallyNow(counted, codes, scenario.date(), scenario.asKnownOn());
            List<FairShareView> agreements = FairShareFigures.ofRegion(counted, "Haaglanden", scenario.asKnownOn());
            rows[0] = FairShareFigures.progress(counted, agreements.get(0), haaglanden, scenario.date(),
                    scenario.asKnownOn()).rows().size();
        }))).get("view");
        int perView = statements.get() / (runs + 1);
        System.out.printf("%-44s %d / %d / %d (%d fair-share rows)%n", "whole dashboard view of Haaglanden, now",
                min(times), median(times), max(times), rows[0]);
        System.out.printf("%-44s %d + 2 in registration = %d%n", "whole dashboard view: SQL statements", perView,
                perView + 2);
    }

    private static final String STATEMENT_ONLY = "current state: its statement alone, rows read";

    /** Where the time of the current-state path goes: the product's statement alone, its rows read, no tallies made. */
    private static void statementOnly(Connection connection, List<String> codes, LocalDate date, Instant now)
            throws Exception {
        try (var s = RegionalFigures.statement(connection, "", codes, date, now, true); var r = s.executeQuery()) {
            while (r.next()) {
                r.getString(2);
            }
        }
    }

    private static String regionOf(SyntheticData.Municipality m) {
        return m.region().isEmpty() ? "(no region)" : m.region();
    }

    /** The product's tallies as {@link PlainSql#totals} gives them: per municipality, per region, "(all)". */
    private static Map<String, long[]> areaTotals(List<SyntheticData.Municipality> area,
                                                  Map<String, RegionalFigures.Tally> tallies) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (SyntheticData.Municipality m : area) {
            RegionalFigures.Tally t = tallies.getOrDefault(m.code(), new RegionalFigures.Tally(null, null, null, 0, 0, 0, 0));
            long[] own = {nz(t.estimateMin()), nz(t.estimateMax()), t.locations(), t.beds(), t.occupancy(),
                    t.bedsMeetingNorm()};
            totals.put(m.code(), own);
            for (String key : List.of(regionOf(m), "(all)")) {
                long[] sum = totals.computeIfAbsent(key, k -> new long[own.length]);
                for (int i = 0; i < own.length; i++) {
                    sum[i] += own[i];
                }
            }
        }
        return totals;
    }

    private static final String[] FIGURES = {"estimate min", "estimate max", "active locations", "beds", "occupancy",
            "beds meeting norm"};

    /** Every area of {@code expected} against each contender; prints each difference and remembers it. */
    private static void compare(String what, Map<String, long[]> expected, Map<String, Map<String, long[]>> contenders) {
        for (var contender : contenders.entrySet()) {
            int areas = 0;
            for (var e : expected.entrySet()) {
                long[] got = contender.getValue().get(e.getKey());
                areas++;
                if (got == null || !Arrays.equals(got, e.getValue())) {
                    differences++;
                    System.out.printf("DIFFERS %s, %s, %s: %s, independent SQL %s%n", what, contender.getKey(),
                            e.getKey(), got == null ? "absent" : Arrays.toString(got), Arrays.toString(e.getValue()));
                }
            }
            if (contender.getValue().size() != expected.size()) {
                differences++;
                System.out.printf("DIFFERS %s, %s: %d areas, independent SQL %d%n", what, contender.getKey(),
                        contender.getValue().size(), expected.size());
            }
            System.out.printf("%-44s %d areas compared with the independent SQL%n", contender.getKey(), areas);
        }
    }

    private static void printTotals(long[] totals) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < FIGURES.length; i++) {
            line.append(i == 0 ? "" : ", ").append(FIGURES[i]).append(' ').append("%,d".formatted(totals[i]));
        }
        System.out.printf("%-44s %s%n", "totals", line);
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

    /** The connection, counting every statement prepared or created on it. */
    private static Connection counting(Connection connection, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(Benchmark.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (Arrays.asList("prepareStatement", "createStatement", "prepareCall").contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    return method.invoke(connection, args);
                });
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

    private static long max(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long min(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long nz(Integer value) {
        return value == null ? 0 : value;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

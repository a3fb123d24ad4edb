package nl.arbeidsmigratie.regie.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.AreaFigures;
import nl.arbeidsmigratie.regie.monitoring.api.FairShareView;
import nl.arbeidsmigratie.regie.monitoring.control.FairShareFigures;
import nl.arbeidsmigratie.regie.monitoring.control.RegionalFigures;
import org.flywaydb.core.Flyway;

/**
 * Generates synthetic data at the chosen scale and runs the benchmark sections side by side in one run.
 * A section is one comparison; another comparison (such as import through the product against COPY) is one more
 * {@link Section} in {@link #SECTIONS}.
 *
 * <p>System properties: {@code bench.locations} (50000), {@code bench.months} (120), {@code bench.runs} (5),
 * {@code bench.db.url} / {@code bench.db.user} / {@code bench.db.password} to use a PostgreSQL of your own
 * instead of the embedded one (the data is added to what is there).
 */
public final class Benchmark {

    /** One comparison, printed as a table: a title, then rows of label and one value per contender. */
    interface Section {
        void run(Connection connection, Scenario scenario, int runs) throws Exception;
    }

    /** The data the sections measure on. */
    record Scenario(List<SyntheticData.Municipality> municipalities, LocalDate date, Instant asKnownOn) {
    }

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
            String written = new SyntheticData(connection).generate(municipalities, locations, months);
            System.out.printf("%nGenerated %s in %.1f s (COPY, then ANALYZE)%n", written, seconds(started));
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                    + System.getProperty("java.version") + ", " + postgresVersion(connection));
            // As known now: the norm rule sets count as recorded when the migration ran.
            Scenario scenario = new Scenario(municipalities, SyntheticData.LAST_MONTH.minusMonths(6), Instant.now());
            for (Section section : SECTIONS) {
                section.run(connection, scenario, runs);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** (a) and (c): the province dashboard through the product's aggregate against the same figures in plain SQL. */
    static void dashboard(Connection connection, Scenario scenario, int runs) throws Exception {
        for (String province : List.of("Zuid-Holland", "(national)")) {
            List<SyntheticData.Municipality> area = scenario.municipalities().stream()
                    .filter(m -> province.startsWith("(") || province.equals(m.province())).toList();
            List<String> codes = area.stream().map(SyntheticData.Municipality::code).toList();
            List<String> regions = area.stream().map(m -> m.region().isEmpty() ? "(no region)" : m.region()).toList();
            AtomicInteger statements = new AtomicInteger();
            Connection counted = counting(connection, statements);

            long[] product = new long[6];
            List<Long> productTimes = time(runs, () -> {
                Map<String, RegionalFigures.Tally> tallies = RegionalFigures.tally(counted, codes, scenario.date(),
                        scenario.asKnownOn());
                List<AreaFigures> figures = tallies.entrySet().stream().map(e -> AreaFigures.of(e.getKey(), e.getKey(), 1,
                        e.getValue().estimateMin() == null ? 0 : 1, e.getValue().estimateMin(), e.getValue().estimateMax(),
                        null, e.getValue().locations(), e.getValue().beds(), e.getValue().occupancy(),
                        e.getValue().bedsMeetingNorm())).toList();
                AreaFigures total = AreaFigures.sum(null, province, figures);
                long[] t = {nz(total.estimateMin()), nz(total.estimateMax()), total.locations(), total.beds(),
                        total.occupancy(), total.bedsMeetingNorm()};
                System.arraycopy(t, 0, product, 0, t.length);
            });
            int productStatements = statements.get() / (runs + 1);
            if (Boolean.getBoolean("bench.explain")) {
                try (var s = RegionalFigures.statement(connection, "explain (analyze, buffers) ", codes,
                        scenario.date(), scenario.asKnownOn()); var plan = s.executeQuery()) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
            }

            statements.set(0);
            long[] plain = new long[6];
            List<Long> plainTimes = time(runs, () -> {
                long[] t = PlainSql.totals(counted, codes, regions, scenario.date(), scenario.asKnownOn()).get("(all)");
                System.arraycopy(t, 0, plain, 0, t.length);
            });
            int plainStatements = statements.get() / (runs + 1);

            System.out.printf("%nDashboard aggregate, %s: %d municipalities, reference date %s, as known on %s, %d runs%n",
                    province, codes.size(), scenario.date(), scenario.asKnownOn(), runs);
            System.out.printf("%-44s %-26s %-26s%n", "", "product (RegionalFigures)", "plain SQL (one statement)");
            System.out.printf("%-44s %-26s %-26s%n", "median / fastest ms", median(productTimes) + " / " + min(productTimes),
                    median(plainTimes) + " / " + min(plainTimes));
            System.out.printf("%-44s %-26s %-26s%n", "SQL statements per view (monitoring)", productStatements, plainStatements);
            System.out.printf("%-44s %-26s %-26s%n", "SQL statements per picture (facade)",
                    productStatements + 2 + " (" + productStatements + " + 2 in registration)", "-");
            if (!province.startsWith("(")) {
                wholeView(counted, statements, area, scenario, runs);
            }
            String[] labels = {"estimate min", "estimate max", "active locations", "beds", "occupancy", "beds meeting norm"};
            for (int i = 0; i < labels.length; i++) {
                System.out.printf("%-44s %-26s %-26s%s%n", labels[i], product[i], plain[i],
                        product[i] == plain[i] ? "" : "  DIFFERS");
            }
        }
    }

    /**
     * (c) The monitoring part of one whole dashboard view of Haaglanden, through the same control code as the
     * {@code RegionalPicture.dashboard} facade: picture, agreements with their shares, realised places.
     */
    private static void wholeView(Connection counted, AtomicInteger statements, List<SyntheticData.Municipality> province,
                                  Scenario scenario, int runs) throws Exception {
        List<String> codes = province.stream().map(SyntheticData.Municipality::code).toList();
        Map<String, String> haaglanden = province.stream().filter(m -> m.region().equals("Haaglanden"))
                .collect(Collectors.toMap(SyntheticData.Municipality::code, SyntheticData.Municipality::name));
        statements.set(0);
        int[] rows = new int[1];
        List<Long> times = time(runs, () -> {
            RegionalFigures.tally(counted, codes, scenario.date(), scenario.asKnownOn());
            List<FairShareView> agreements = FairShareFigures.ofRegion(counted, "Haaglanden", scenario.asKnownOn());
            rows[0] = FairShareFigures.progress(counted, agreements.get(0), haaglanden, scenario.date(),
                    scenario.asKnownOn()).rows().size();
        });
        int perView = statements.get() / (runs + 1);
        System.out.printf("%-44s %-26s %-26s%n", "whole dashboard view, Haaglanden: ms",
                median(times) + " / " + min(times) + " (" + rows[0] + " fair-share rows)", "-");
        System.out.printf("%-44s %-26s %-26s%n", "whole dashboard view: SQL statements",
                perView + " + 2 in registration = " + (perView + 2), "-");
    }

    interface Run {
        void run() throws Exception;
    }

    /** One warm-up, then {@code runs} timed runs, in milliseconds. */
    private static List<Long> time(int runs, Run run) throws Exception {
        run.run();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        return times;
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

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().collect(Collectors.toList());
        return sorted.get(sorted.size() / 2);
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

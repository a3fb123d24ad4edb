package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's memory per signed-in session: the heap after a full collection before, and with {@code load.sessions}
 * (1,000) sessions signed in (over {@code load.sessions-ramp} seconds, slow enough that password hashing does not
 * queue) and idle on the home page; then they sign out. Only sessions that signed in are counted.
 */
public class SessionMemory extends Simulation {

    private final int sessions = Load.integer("load.sessions", 1_000);
    private final AtomicInteger signedIn = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Heap heap = Heap.ofServer();
    private volatile boolean measured;
    private long before;
    private long with;
    private Map<String, Long> beforeHistogram = Map.of();
    private Map<String, Long> withHistogram = Map.of();

    {
        setUp(scenario("idle sessions").feed(Load.accounts()).exec(Load.signIn())
                        .exec(session -> {
                            if (session.isFailed()) {
                                failed.incrementAndGet();
                            }
                            signedIn.incrementAndGet();
                            return session;
                        })
                        .exitHereIfFailed()
                        .exec(asLongAs(session -> !measured).on(pause(Duration.ofSeconds(1))))
                        .exec(Load.signOut(Journeys.HOME))
                        .injectOpen(rampUsers(sessions).during(Duration.ofSeconds(Load.integer("load.sessions-ramp", 200)))),
                scenario("heap").exec(asLongAs(session -> signedIn.get() < sessions).on(pause(Duration.ofSeconds(1))))
                        .exec(session -> {
                            with = heap.usedAfterFullGc();
                            withHistogram = heap.histogram();
                            measured = true;
                            return session;
                        })
                        .injectOpen(atOnceUsers(1)))
                .protocols(Load.protocol());
    }

    @Override
    public void before() {
        Load.awaitQuietServer();
        before = heap.usedAfterFullGc();
        beforeHistogram = heap.histogram();
    }

    @Override
    public void after() {
        long max = heap.max();
        int counted = Math.max(1, sessions - failed.get());
        double perSession = (with - before) / (double) counted;
        System.out.printf("%nSession memory (Payara Micro pid %d, heap after a full collection, max heap %d MB)%n",
                heap.pid(), max >> 20);
        System.out.printf("  without the sessions: %8.1f MB%n", before / 1048576.0);
        System.out.printf("  with %,d signed-in idle sessions (%d failed to sign in): %8.1f MB%n", sessions,
                failed.get(), with / 1048576.0);
        System.out.printf("  per session: %.1f KB; %,d sessions take %.0f MB, %.0f%% of the max heap%n",
                perSession / 1024, 1_000, perSession * 1_000 / 1048576.0, 100.0 * perSession * 1_000 / max);
        System.out.println("  what grew most, bytes per session by class:");
        withHistogram.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - beforeHistogram.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("    %10.0f  %s%n", e.getValue() / (double) counted, e.getKey()));
    }
}

package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's memory per signed-in session: the heap after a full collection before, and with {@code load.sessions}
 * (1,000) sessions signed in (over {@code load.ramp} seconds) and idle on the home page; then they sign out.
 */
public class SessionMemory extends Simulation {

    private final int sessions = Load.integer("load.sessions", 1_000);
    private final AtomicInteger signedIn = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Heap heap = Heap.ofServer();
    private volatile boolean measured;
    private long before;
    private long with;

    {
        setUp(scenario("idle sessions").feed(Load.accounts()).exec(Load.signIn())
                        .exec(session -> {
                            if (session.isFailed()) {
                                failed.incrementAndGet();
                            }
                            signedIn.incrementAndGet();
                            return session;
                        })
                        .exec(asLongAs(session -> !measured).on(pause(Duration.ofSeconds(1))))
                        .exec(Load.signOut("/app/home.xhtml"))
                        .injectOpen(rampUsers(sessions).during(Duration.ofSeconds(Load.integer("load.ramp", 60)))),
                scenario("heap").exec(asLongAs(session -> signedIn.get() < sessions).on(pause(Duration.ofSeconds(1))))
                        .exec(session -> {
                            with = heap.usedAfterFullGc();
                            measured = true;
                            return session;
                        })
                        .injectOpen(atOnceUsers(1)))
                .protocols(Load.protocol());
    }

    @Override
    public void before() {
        before = heap.usedAfterFullGc();
    }

    @Override
    public void after() {
        long max = heap.max();
        double perSession = (with - before) / (double) sessions;
        System.out.printf("%nSession memory (Payara Micro pid %d, heap after a full collection, max heap %d MB)%n",
                heap.pid(), max >> 20);
        System.out.printf("  without the sessions: %8.1f MB%n", before / 1048576.0);
        System.out.printf("  with %,d signed-in idle sessions (%d failed to sign in): %8.1f MB%n", sessions,
                failed.get(), with / 1048576.0);
        System.out.printf("  per session: %.1f KB; %,d sessions take %.0f MB, %.0f%% of the max heap%n",
                perSession / 1024, sessions, perSession * sessions / 1048576.0, 100.0 * perSession * sessions / max);
    }
}

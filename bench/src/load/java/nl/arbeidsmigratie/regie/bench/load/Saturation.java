package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Arrays;

/**
 * A stepped open model: requests arrive at each level's rate ({@code load.page-levels} or {@code load.api-levels},
 * per second) for {@code load.step} seconds, without think time, after a setup that needs no measuring. It stops
 * after the first level whose p95 passed 1 s, and prints the levels (see {@link Steps}).
 */
abstract class Saturation extends Simulation {

    private final Steps steps;

    Saturation(String what, String levelsProperty, String defaultLevels) {
        steps = new Steps(what, System.getProperty(levelsProperty, defaultLevels), Load.integer("load.step", 20));
    }

    /** What has to exist before the first request: sessions or tokens. */
    abstract PopulationBuilder setup();

    /** Whether the setup made what the requests need. */
    abstract boolean ready();

    /** One request, as an arrival makes it. */
    abstract ChainBuilder request();

    void start() {
        OpenInjectionStep[] levels = Arrays.stream(steps.rates())
                .mapToObj(rate -> constantUsersPerSec(rate).during(Duration.ofMillis(steps.stepMillis())))
                .toArray(OpenInjectionStep[]::new);
        setUp(setup().andThen(scenario("arrivals")
                .exec(stopLoadGeneratorIf("nothing to measure with: the setup failed", session -> !ready()))
                .exec(stopLoadGeneratorIf("p95 passed 1 s on an earlier level", session -> steps.saturated()))
                .exec(session -> session.set("arrived", steps.arrive()))
                .exec(request())
                .exec(session -> {
                    steps.answered(session.getLong("arrived"), session.isFailed());
                    return session;
                })
                .injectOpen(levels)))
                .protocols(Load.protocol());
    }

    @Override
    public void before() {
        Load.awaitQuietServer();
    }

    @Override
    public void after() {
        steps.print();
    }
}

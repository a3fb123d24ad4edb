package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.Simulation;

/**
 * The target of issue 12: {@code load.users} (200) signed-in people at once, each visit a new person (see
 * {@link Journeys#visit()}), beside {@code load.api-clients} API clients with personal tokens, ramped up over
 * {@code load.ramp} seconds and held for {@code load.hold}; every request's p95 at most 300 ms and no request
 * failed. The tokens are created first, on the account page of each demo account.
 */
public class Users extends Simulation {

    private final int users = Load.integer("load.users", 200);
    private final int apiClients = Load.integer("load.api-clients", 20);
    private final int ramp = Load.integer("load.ramp", 60);
    private final int hold = Load.integer("load.hold", 180);

    {
        setUp(scenario("API tokens").feed(Load.accounts()).exec(Load.createToken())
                .injectOpen(atOnceUsers(Load.ACCOUNTS.size()))
                .andThen(
                        scenario("signed-in users").feed(Load.accounts()).exec(Journeys.visit())
                                .injectClosed(concurrent(users)),
                        scenario("API clients").feed(Load.tokens())
                                .exec(Journeys.apiRound())
                                .injectClosed(concurrent(apiClients))))
                .protocols(Load.protocol())
                .assertions(forAll().responseTime().percentile(95).lte(300),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Load.awaitQuietServer();
    }

    private ClosedInjectionStep[] concurrent(int count) {
        return new ClosedInjectionStep[] {rampConcurrentUsers(0).to(count).during(ramp),
                constantConcurrentUsers(count).during(hold)};
    }
}

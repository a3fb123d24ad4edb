package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The saturation point of the API: each arrival makes one request with a personal token (the municipalities of
 * Haaglanden, the regional picture of Haaglanden, a municipality's locations, in turn).
 */
public class ApiSaturation extends Saturation {

    private final AtomicInteger next = new AtomicInteger();

    public ApiSaturation() {
        super("API", "load.api-levels", "5,10,20,40,60,80,120,160,240,320,480,640");
        start();
    }

    @Override
    PopulationBuilder setup() {
        return scenario("API tokens").feed(Load.accounts()).exec(Load.createToken())
                .injectOpen(atOnceUsers(Load.ACCOUNTS.size()));
    }

    @Override
    boolean ready() {
        return !Load.TOKENS.isEmpty();
    }

    @Override
    ChainBuilder request() {
        return exec(session -> {
            int n = next.getAndIncrement();
            Map<String, Object> token = Load.TOKENS.get(Math.floorMod(n, Load.TOKENS.size()));
            List<String> paths = List.of("/api/v1/municipalities?region=Haaglanden&page=0&size=20",
                    "/api/v1/regional-picture?region=Haaglanden",
                    "/api/v1/locations?municipality=" + token.get("municipality"));
            return session.set("token", token.get("token")).set("path", paths.get(Math.floorMod(n, paths.size())));
        }).exec(http("#{path}").get("#{path}").header("Authorization", "Bearer #{token}").check(status().is(200)));
    }
}

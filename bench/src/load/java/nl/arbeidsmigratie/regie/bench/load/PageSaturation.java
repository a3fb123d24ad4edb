package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The saturation point of the pages: each arrival opens one page (home, municipalities, dashboard, locations in
 * turn) in one of {@code load.pool} sessions signed in beforehand, so the rate measures pages, not password hashing.
 */
public class PageSaturation extends Saturation {

    private static final List<String> PAGES = List.of(Journeys.HOME, Journeys.MUNICIPALITIES, Journeys.DASHBOARD,
            Journeys.LOCATIONS);

    private final List<String> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final int pool = Load.integer("load.pool", 30);

    public PageSaturation() {
        super("pages", "load.page-levels", "2,5,10,20,30,40,60,80,120,160,240,320");
        start();
    }

    @Override
    PopulationBuilder setup() {
        return scenario("signed-in sessions").feed(Load.accounts()).exec(Load.signIn())
                .exitHereIfFailed()
                .exec(getCookieValue(CookieKey("JSESSIONID").saveAs("sessionId")))
                .exec(session -> {
                    sessions.add(session.getString("sessionId"));
                    return session;
                })
                // Two a second, as people arrive, not all at once: what is measured is the arrivals below.
                .injectOpen(rampUsers(pool).during(Duration.ofMillis(500L * pool)));
    }

    @Override
    boolean ready() {
        return !sessions.isEmpty();
    }

    @Override
    ChainBuilder request() {
        return exec(session -> {
            int n = next.getAndIncrement();
            return session.set("sessionId", sessions.get(Math.floorMod(n, sessions.size())))
                    .set("path", PAGES.get(Math.floorMod(n, PAGES.size())));
        })
                .exec(addCookie(Cookie("JSESSIONID", "#{sessionId}")))
                // Still signed in: the page has the top bar's sign-out button.
                .exec(http("#{path}").get("#{path}").check(status().is(200)).check(substring("topbar:logout")));
    }
}

package nl.arbeidsmigratie.regie.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** What people and API clients do, as chains the simulations inject: one visit of a person, one round of a client. */
final class Journeys {

    static final String HOME = "/app/home.xhtml";
    static final String MUNICIPALITIES = "/app/registration/municipalities.xhtml";
    static final String DASHBOARD = "/app/monitoring/dashboard.xhtml";
    static final String LOCATIONS = "/app/monitoring/locations.xhtml";
    static final String IMPORT = "/app/monitoring/import.xhtml";

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final AtomicInteger IMPORTS = new AtomicInteger();

    private Journeys() {
    }

    /** A person's think time between two steps. */
    static ChainBuilder think() {
        return exec(pause(Duration.ofSeconds(3), Duration.ofSeconds(10)));
    }

    /**
     * One visit: sign in, page and filter the municipalities and export them, open the dashboard, open the locations
     * with the first one's change log, import a small counts file and follow its progress, sign out.
     */
    static ChainBuilder visit() {
        // A person who could not sign in goes no further; the failure is counted once, not in every later step.
        return Load.signIn().exitHereIfFailed().exec(think())
                .exec(Load.page("municipalities", MUNICIPALITIES)).exec(think())
                .exec(Load.ajax("municipalities: next page", MUNICIPALITIES, "list", "list:table", "list:table",
                        "list:table", "page", Map.of("list:table_pagination", "true", "list:table_first", "25",
                                "list:table_rows", "25", "list:table_skipChildren", "true",
                                "list:table_encodeFeature", "true")))
                .exec(think())
                .exec(Load.ajax("municipalities: filter", MUNICIPALITIES, "list", "list:table", "list:table",
                        "list:table", "filter", Map.of("list:table_filtering", "true", "list:table_encodeFeature",
                                "true", "list:table:name:filter", "en", "list:table:provinceFilter_input", "Zuid-Holland",
                                "list:table:regionFilter_input", "")))
                .exec(think())
                .exec(http("municipalities: export CSV").post(MUNICIPALITIES).formParam("list", "list")
                        .formParam("list:export", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200)).check(header("Content-Type").find().transform(t -> t.startsWith("text/csv")).is(true)))
                .exec(think())
                .exec(Load.page("dashboard", DASHBOARD)).exec(think())
                .exec(Load.page("locations", LOCATIONS)
                        .check(css("button[id$=':0:log']", "id").find().optional().saveAs("logButton")))
                .doIf(session -> session.contains("logButton")).then(exec(think())
                        .exec(Load.ajax("location: change log", LOCATIONS, "locations", "#{logButton}", "#{logButton}",
                                "changeLogForm", null, Map.of())
                                .formParam("#{logButton}", "#{logButton}")))
                .exec(think())
                .exec(importCounts()).exec(think())
                .exec(Load.signOut(IMPORT));
    }

    /** The import page: a small counts file dropped on it, then the page's polls until the import is done. */
    static ChainBuilder importCounts() {
        return exec(Load.page("import page", IMPORT))
                .exec(Load.ajax("import: choose kind", IMPORT, "importForm", "importForm:kind", "importForm:kind", "@none",
                        "change", Map.of("importForm:kind_input", "COUNTS")))
                .exec(http("import: upload").post(IMPORT).asMultipartForm()
                        .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                        .formParam("importForm", "importForm").formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "importForm:file")
                        .formParam("jakarta.faces.partial.execute", "importForm:file")
                        .formParam("jakarta.faces.partial.render", "importForm:messages mapping progressForm historyForm")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                        .formParam("importForm:file_totalFilesCount", "1")
                        .bodyPart(StringBodyPart("importForm:file", Journeys::countsFile)
                                .fileName("tellingen.csv").contentType("text/csv"))
                        .check(Load.partialResponse()).check(importEnded()))
                .exec(asLongAs(session -> !session.contains("importEnd") && session.getInt("polls") < 10, "polls")
                        .on(exec(pause(Duration.ofSeconds(1)))
                                .exec(Load.ajax("import: progress", IMPORT, "progressForm", "progressForm:poll",
                                        "progressForm:poll", "progressForm", null,
                                        Map.of("progressForm:poll", "progressForm:poll")).check(importEnded()))));
    }

    /** Remembers that the import is done; an import that was refused or failed fails the request. */
    private static io.gatling.javaapi.core.CheckBuilder[] importEnded() {
        return new io.gatling.javaapi.core.CheckBuilder[] {
            regex("id=\"progressForm:(refused|failed)\"").notExists(),
            regex("id=\"progressForm:(done)\"").find().optional().saveAs("importEnd")};
    }

    /**
     * One count of the session's municipality on a reference date of its own in this run, so that imports running
     * at the same time never correct the same count (which the product rightly refuses to one of them).
     */
    static String countsFile(Session session) {
        int registered = ThreadLocalRandom.current().nextInt(1_000, 9_000);
        LocalDate day = FIRST_DAY.plusDays(IMPORTS.getAndIncrement() % 9_000);
        return "gemeentecode;peildatum;ingeschreven_brp;bron;definitie\n" + session.getString("municipality")
                + ";" + day + ";" + registered + ";belastingtest (synthetisch);LIVING_IN\n";
    }

    /** One round of an API client with a personal token: the register, the picture, locations, an export, an import. */
    static ChainBuilder apiRound() {
        return exec(http("api: municipalities").get("/api/v1/municipalities?region=Haaglanden&page=0&size=20")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(think())
                .exec(http("api: regional picture").get("/api/v1/regional-picture?region=Haaglanden")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(think())
                .exec(http("api: locations").get("/api/v1/locations?municipality=#{municipality}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200))
                        .check(jsonPath("$[0].id").optional().saveAs("locationId")))
                .doIf(session -> session.contains("locationId")).then(exec(think())
                        .exec(http("api: location changes").get("/api/v1/locations/#{locationId}/changes")
                                .header("Authorization", "Bearer #{token}").check(status().is(200))))
                .exec(think())
                .exec(http("api: export counts").get("/api/v1/exports/counts?municipality=#{municipality}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(think())
                .exec(http("api: import counts").post("/api/v1/imports/counts?name=tellingen.csv")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "text/csv")
                        .body(StringBody(Journeys::countsFile)).check(status().in(200, 201)));
    }
}

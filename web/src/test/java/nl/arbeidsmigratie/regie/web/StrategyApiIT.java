package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strategy's API walked through every operation its OpenAPI document lists, as callers who may not touch a draft of
 * Westland: an officer of Delft, an auditor and a deactivated account; then review, adoption and the bad input a
 * caller can send. Every operation must have a case here, so a new endpoint without one fails this test.
 */
@ExtendWith(ArquillianExtension.class)
class StrategyApiIT {

    private static final String DELFT_OFFICER = "officer.delft@strategy-api.example";
    private static final String DEACTIVATED = "officer.westland.deactivated@strategy-api.example";
    private static final String STRATEGY = "/api/v1/strategy/";
    /** Operations refused for who the caller is, before any document is looked at. */
    private static final Set<String> COORDINATORS_OR_OWN_MUNICIPALITY = Set.of("GET overview", "GET overview/csv",
            "POST documents", "POST documents/{id}/send-back", "POST documents/{id}/adopt");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String secret;
    private String title;
    private long document;
    private long section;
    private long sectionVersion;
    private long comment;

    @BeforeEach
    void westlandHasADraftWithAVersionAndAnOpenComment() throws Exception {
        TestData.delftOfficer(DELFT_OFFICER);
        TestData.accountLike(DEMO_OFFICER, DEACTIVATED);
        secret = "Geheime strategie " + UUID.randomUUID();
        title = "Concept Westland " + UUID.randomUUID();
        Object draft = created(send("POST", "documents", DEMO_OFFICER.email(), "{\"kind\":\"VISION\",\"title\":\""
                + title + "\",\"municipalityCode\":\"GM1783\",\"policyFields\":[\"HOUSING\"]}"));
        document = number(draft, "id");
        Object numbers = sectionOf(draft, "NUMBERS");
        section = number(numbers, "id");
        HttpResponse<String> saved = send("PUT", "sections/" + section, DEMO_OFFICER.email(),
                "{\"version\":" + number(numbers, "version") + ",\"html\":\"<p>" + secret + "</p>\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(ApiDocument.fields(Json.parse(saved.body()))).isEqualTo(ApiDocument.answerFields(base, "PUT",
                "/api/v1/strategy/sections/{id}", 200));
        sectionVersion = number(Json.parse(saved.body()), "section", "version");
        assertThat(send("PUT", "documents/" + document, DEMO_OFFICER.email(), "{\"title\":\"" + title + "\","
                + "\"policyFields\":[\"HOUSING\"],\"reviewerEmail\":\"" + DEMO_COORDINATOR.email() + "\",\"version\":"
                + number(draft, "version") + "}").statusCode()).isEqualTo(200);
        HttpResponse<String> version = send("POST", "documents/" + document + "/versions", DEMO_OFFICER.email(),
                "{\"text\":\"Eerste versie\"}");
        assertThat(version.statusCode()).isEqualTo(201);
        assertThat(version.headers().firstValue("Location").orElseThrow()).endsWith(
                "/api/v1/strategy/documents/" + document + "/versions/" + number(Json.parse(version.body()), "number"));
        HttpResponse<String> commented = send("POST", "documents/" + document + "/comments", DEMO_COORDINATOR.email(),
                "{\"sectionId\":" + section + ",\"text\":\"Graag de bron erbij\"}");
        comment = number(created(commented), "id");
        // the new thread is read where Location says, by the document's authors too
        HttpResponse<String> thread = Http.get(URI.create(commented.headers().firstValue("Location").orElseThrow()),
                DEMO_OFFICER.email());
        assertThat(thread.statusCode()).as(thread.body()).isEqualTo(200);
        assertThat(number(Json.parse(thread.body()), "id")).isEqualTo(comment);
        assertThat(thread.body()).contains("Graag de bron erbij");
    }

    /** Every strategy operation of the OpenAPI document with a body that the document's authors could send. */
    private Map<String, String> operations() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("GET documents", null);
        bodies.put("POST documents", "{\"kind\":\"VISION\",\"title\":\"Overgenomen\",\"municipalityCode\":\"GM1783\"}");
        bodies.put("GET documents/{id}", null);
        bodies.put("PUT documents/{id}", "{\"title\":\"Overgenomen\",\"policyFields\":[],\"reviewerEmail\":\"\","
                + "\"version\":0}");
        bodies.put("GET documents/{id}/versions", null);
        bodies.put("POST documents/{id}/versions", "{\"text\":\"Overgenomen\"}");
        bodies.put("GET documents/{id}/versions/{number}", null);
        bodies.put("POST documents/{id}/versions/{number}/restore", "{\"text\":\"Overgenomen\"}");
        bodies.put("GET documents/{id}/versions/{number}/pdf", null);
        bodies.put("GET documents/{id}/comparison", null);
        bodies.put("GET documents/{id}/comments", null);
        bodies.put("POST documents/{id}/comments", "{\"sectionId\":" + section + ",\"text\":\"Overgenomen\"}");
        bodies.put("GET documents/{id}/history", null);
        bodies.put("POST documents/{id}/submit", null);
        bodies.put("POST documents/{id}/recall", null);
        bodies.put("POST documents/{id}/send-back", "{\"text\":\"Overgenomen\"}");
        bodies.put("POST documents/{id}/adopt", "{\"body\":\"COUNCIL\",\"date\":\"2026-01-05\",\"reference\":\"X\"}");
        bodies.put("POST documents/{id}/withdraw", "{\"text\":\"Overgenomen\"}");
        bodies.put("POST documents/{id}/new-revision", null);
        bodies.put("PUT sections/{id}", "{\"version\":" + sectionVersion + ",\"html\":\"<p>Overgenomen</p>\"}");
        bodies.put("POST sections/{id}/figures", "{\"version\":" + sectionVersion + ",\"referenceDate\":\"2025-01-01\"}");
        bodies.put("GET comments/{id}", null);
        bodies.put("POST comments/{id}/replies", "{\"text\":\"Overgenomen\"}");
        bodies.put("POST comments/{id}/resolve", "{\"version\":0}");
        bodies.put("POST comments/{id}/reopen", "{\"version\":0}");
        bodies.put("GET overview", null);
        bodies.put("GET overview/csv", null);
        return bodies;
    }

    @Test
    void everyStrategyOperationLeavesWestlandsDraftToOutsidersAndChangesNothing() throws Exception {
        Map<String, String> bodies = operations();
        List<String> listed = new ArrayList<>();
        for (Http.Operation operation : Http.apiOperations(base)) {
            if (operation.path().startsWith(STRATEGY)) {
                listed.add(operation.method() + " " + operation.path().substring(STRATEGY.length()));
            }
        }
        assertThat(listed).as("strategy operations in the OpenAPI document, each with a case in this test")
                .containsExactlyInAnyOrderElementsOf(bodies.keySet());
        String before = state();
        String deactivatedToken = Http.tokenFor(DEACTIVATED);
        try (Connection db = TestDatabase.connect()) {
            TestData.update(db, "update registration.account set active = false where email = ?", DEACTIVATED);
        }
        SoftAssertions answers = new SoftAssertions();
        for (Map.Entry<String, String> operation : bodies.entrySet()) {
            String method = operation.getKey().split(" ")[0];
            String path = operation.getKey().split(" ")[1];
            String concrete = path.replace("{number}", "1").replace("{id}", String.valueOf(
                    path.startsWith("sections") ? section : path.startsWith("comments") ? comment : document))
                    + (path.endsWith("comparison") ? "?before=1&after=1" : "");
            for (String caller : List.of(DELFT_OFFICER, DEMO_AUDITOR.email(), DEACTIVATED)) {
                HttpResponse<String> answer = Http.send(method, URI.create(base + "api/v1/strategy/" + concrete),
                        caller.equals(DEACTIVATED) ? deactivatedToken : Http.tokenFor(caller),
                        operation.getValue() == null ? null : "application/json", operation.getValue());
                String what = caller + " " + method + " " + concrete + ": " + answer.body();
                answers.assertThat(answer.body()).as(what).doesNotContain(secret);
                answers.assertThat(answer.statusCode()).as(what).isEqualTo(expected(caller, method, path));
                if (caller.equals(DELFT_OFFICER)) {
                    answers.assertThat(answer.body()).as(what).doesNotContain(title);
                }
            }
        }
        answers.assertAll();
        assertThat(state()).isEqualTo(before);
    }

    /** What an outsider gets: the deactivated account nothing, Delft's officer a draft that does not exist. */
    private static int expected(String caller, String method, String path) {
        boolean anyRead = method.equals("GET") && path.equals("documents");
        if (caller.equals(DEACTIVATED)) {
            return 401;
        }
        if (COORDINATORS_OR_OWN_MUNICIPALITY.contains(method + " " + path)) {
            return 403;
        }
        if (caller.equals(DELFT_OFFICER)) {
            return anyRead ? 200 : 404;
        }
        // the auditor: a draft's details and history, not its text, and nothing to write
        if (anyRead || Set.of("documents/{id}", "documents/{id}/versions", "documents/{id}/history").contains(path)
                && method.equals("GET")) {
            return 200;
        }
        // its versions' text is refused as such (403), not called missing while the details count them
        return 403;
    }

    @Test
    void theCoordinatorReviewsOpenCommentsBlockAdoptionAndTheAuditorReadsTheAdoptedVersion() throws Exception {
        HttpResponse<String> auditorsView = send("GET", "documents/" + document, DEMO_AUDITOR.email(), null);
        assertThat(Json.at(Json.parse(auditorsView.body()), "contentVisible")).isEqualTo(false);
        HttpResponse<String> misspelt = send("POST", "documents/" + document + "/submit", DEMO_OFFICER.email(),
                "{\"note\":\"Cijfers bijgewerkt\"}");
        assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);
        assertThat(Json.at(Json.parse(misspelt.body()), "parameter")).isEqualTo("note");
        // a section of no such document is named by the body's field that gave it
        HttpResponse<String> elsewhere = send("POST", "documents/" + document + "/comments", DEMO_COORDINATOR.email(),
                "{\"sectionId\":" + Long.MAX_VALUE + ",\"text\":\"Waar?\"}");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(404);
        assertThat(Json.at(Json.parse(elsewhere.body()), "parameter")).isEqualTo("sectionId");
        assertThat(Json.at(Json.parse(send("GET", "documents/" + document, DEMO_OFFICER.email(), null).body()),
                "status")).isEqualTo("DRAFT");
        // a draft is not sent back: the refusal says in words which documents take the step
        HttpResponse<String> notInReview = send("POST", "documents/" + document + "/send-back",
                DEMO_COORDINATOR.email(), "{\"text\":\"Te vroeg\"}");
        assertThat(notInReview.statusCode()).as(notInReview.body()).isEqualTo(400);
        assertThat(Json.at(Json.parse(notInReview.body()), "detail"))
                .isEqualTo("only a document that is in review can take this step; this one is draft");
        // a note for the reviewer is optional (without one, as the outsiders' case above sends it)
        assertThat(send("POST", "documents/" + document + "/submit", DEMO_OFFICER.email(),
                "{\"text\":\"Cijfers bijgewerkt naar de peildatum\"}").statusCode()).isEqualTo(200);
        // adopted today: the vision adopted last is the one in force on the overview
        String adoption = "{\"body\":\"COUNCIL\",\"date\":\"" + LocalDate.now(DutchTime.ZONE)
                + "\",\"reference\":\"Raadsbesluit 2026/12\"}";
        HttpResponse<String> blocked = send("POST", "documents/" + document + "/adopt", DEMO_COORDINATOR.email(),
                adoption);
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(409);
        assertThat(blocked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Object problem = Json.parse(blocked.body());
        assertThat(ApiDocument.fields(problem)).isEqualTo(ApiDocument.answerFields(base, "POST",
                "/api/v1/strategy/documents/{id}/adopt", 409, "application/problem+json"));
        assertThat(Json.at(problem, "openComments")).isEqualTo("1");
        assertThat(Json.at(problem, "sections", 0))
                .isEqualTo("De lokale en regionale aantallen arbeidsmigranten scherper in beeld");
        assertThat((String) Json.at(problem, "detail")).contains("1 open").contains("aantallen arbeidsmigranten");

        Object thread = Json.parse(send("GET", "documents/" + document + "/comments", DEMO_OFFICER.email(), null)
                .body());
        HttpResponse<String> replied = send("POST", "comments/" + comment + "/replies", DEMO_OFFICER.email(),
                "{\"text\":\"Toegevoegd\"}");
        assertThat(replied.statusCode()).isEqualTo(201);
        assertThat(replied.headers().firstValue("Location")).hasValueSatisfying(
                address -> assertThat(address).endsWith("/api/v1/strategy/comments/" + comment));
        assertThat(send("POST", "comments/" + comment + "/resolve", DEMO_COORDINATOR.email(), "{\"version\":"
                + Json.at(thread, 0, "version") + "}").statusCode()).as("the reply since was not read").isEqualTo(409);
        // answered with the thread at its new version, which the one who replied has read
        Object answered = Json.parse(replied.body());
        assertThat((List<?>) Json.at(answered, "replies")).extracting(reply -> Json.at(reply, "text"))
                .contains("Toegevoegd");
        assertThat(send("POST", "comments/" + comment + "/resolve", DEMO_OFFICER.email(), "{\"version\":"
                + Json.at(answered, "version") + "}").statusCode()).isEqualTo(200);
        HttpResponse<String> adopted = send("POST", "documents/" + document + "/adopt", DEMO_COORDINATOR.email(),
                adoption);
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        String number = (String) Json.at(Json.parse(adopted.body()), "latestVersion");

        HttpResponse<String> version = send("GET", "documents/" + document + "/versions/" + number,
                DEMO_AUDITOR.email(), null);
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(Json.at(sectionOf(Json.parse(version.body()), "NUMBERS"), "text")).isEqualTo(secret);
        assertThat(version.body()).contains("<p>" + secret + "</p>");
        assertThat(send("GET", "documents/" + document + "/history", DEMO_AUDITOR.email(), null).body())
                .contains("\"event\":\"CREATED\"", "\"to\":\"IN_REVIEW\"", "\"to\":\"ADOPTED\"");
        assertThat(send("GET", "documents/" + document + "/history", DEMO_COORDINATOR.email(), null).body())
                .contains("\"comment\":\"Cijfers bijgewerkt naar de peildatum\"");
        HttpResponse<String> pdf = send("GET", "documents/" + document + "/versions/" + number + "/pdf",
                DEMO_AUDITOR.email(), null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                header -> assertThat(header).matches("attachment; filename=\"concept-westland-[a-z0-9-]+-v\\d+\\.pdf\""));
        assertThat(pdf.body()).startsWith("%PDF-");
        // HEAD says how long the file is, as GET does, so a client knows before it downloads
        HttpResponse<String> head = send("HEAD", "documents/" + document + "/versions/" + number + "/pdf",
                DEMO_AUDITOR.email(), null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValueAsLong("Content-Length").orElse(0)).isGreaterThan(1000);
        assertThat(head.headers().firstValueAsLong("Content-Length"))
                .isEqualTo(pdf.headers().firstValueAsLong("Content-Length"));
        for (String malformed : List.of("en;q=2", "xx;q=abc", ";;")) {
            HttpResponse<String> anyway = Http.getWith(URI.create(base + "api/v1/strategy/documents/" + document
                    + "/versions/" + number + "/pdf"), "Authorization", "Bearer " + Http.tokenFor(DEMO_AUDITOR.email()),
                    "Accept-Language", malformed);
            assertThat(anyway.statusCode()).as("Accept-Language: " + malformed).isEqualTo(200);
        }
        HttpResponse<String> overview = send("GET", "overview?region=Haaglanden&status=ADOPTED",
                DEMO_COORDINATOR.email(), null);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains(title);
        assertThat(send("GET", "overview/csv?region=Haaglanden", DEMO_COORDINATOR.email(), null).body())
                .contains(title);
        assertThat(send("GET", "overview?status=SOMEDAY", DEMO_COORDINATOR.email(), null).body())
                .contains("\"parameter\":\"status\"");
        HttpResponse<String> nowhere = send("GET", "overview?region=Nergensland", DEMO_COORDINATOR.email(), null);
        assertThat(nowhere.statusCode()).as("a region the province does not have, as elsewhere").isEqualTo(400);
        assertThat(nowhere.body()).contains("\"parameter\":\"region\"", "Haaglanden");
    }

    @Test
    void staleSavesHugeTextsHostileMarkupAndOtherDocumentsVersionsAreAnsweredWithAProblem() throws Exception {
        HttpResponse<String> stale = send("PUT", "sections/" + section, DEMO_OFFICER.email(),
                "{\"version\":" + (sectionVersion - 1) + ",\"html\":\"<p>Mijn eigen tekst</p>\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        Object conflict = Json.parse(stale.body());
        assertThat(ApiDocument.fields(conflict)).isEqualTo(ApiDocument.answerFields(base, "PUT",
                "/api/v1/strategy/sections/{id}", 409, "application/problem+json"));
        assertThat(Json.at(conflict, "yourText")).isEqualTo("Mijn eigen tekst");
        assertThat(Json.at(conflict, "currentText")).isEqualTo(secret);
        assertThat(Json.at(conflict, "current", "version")).isEqualTo(String.valueOf(sectionVersion));

        HttpResponse<String> huge = send("PUT", "sections/" + section, DEMO_OFFICER.email(),
                "{\"version\":" + sectionVersion + ",\"html\":\"<p>" + "x".repeat(1024 * 1024) + "</p>\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat((String) Json.at(Json.parse(huge.body()), "detail")).contains("limit of 1048576 bytes (1 MB)")
                .contains("nothing was stored");
        HttpResponse<String> tooLong = send("PUT", "sections/" + section, DEMO_OFFICER.email(),
                "{\"version\":" + sectionVersion + ",\"html\":\"<p>" + "x".repeat(250_000) + "</p>\"}");
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("longer than 200000 characters", "\"parameter\":\"html\"");
        HttpResponse<String> noReason = send("POST", "documents/" + document + "/withdraw", DEMO_OFFICER.email(),
                "{\"text\":\" \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).as("named as the body names it").contains("\"parameter\":\"text\"");
        // a description is sent whole: a field left out is refused, not emptied
        Object described = Json.parse(send("GET", "documents/" + document, DEMO_OFFICER.email(), null).body());
        HttpResponse<String> renamedOnly = send("PUT", "documents/" + document, DEMO_OFFICER.email(),
                "{\"title\":\"Alleen de titel\",\"version\":" + number(described, "version") + "}");
        assertThat(renamedOnly.statusCode()).as(renamedOnly.body()).isEqualTo(400);
        assertThat(renamedOnly.body()).contains("\"parameter\":\"policyFields\"");
        assertThat(Json.parse(send("GET", "documents/" + document, DEMO_OFFICER.email(), null).body()))
                .isEqualTo(described);
        HttpResponse<String> plain = Http.send("POST", URI.create(base + "api/v1/strategy/documents/" + document
                + "/submit"), Http.tokenFor(DEMO_OFFICER.email()), "text/plain", "Graag bekijken");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(415);
        for (String noText : List.of("{\"version\":" + sectionVersion + "}",
                "{\"version\":" + sectionVersion + ",\"html\":null}")) {
            HttpResponse<String> missing = send("PUT", "sections/" + section, DEMO_OFFICER.email(), noText);
            assertThat(missing.statusCode()).as("no html empties nothing: " + missing.body()).isEqualTo(400);
            assertThat(missing.body()).contains("\"parameter\":\"html\"");
        }
        for (String noVersion : List.of("{}", "{\"title\":\"Zonder versie\"}")) {
            HttpResponse<String> missing = send("PUT", "documents/" + document, DEMO_OFFICER.email(), noVersion);
            assertThat(missing.statusCode()).as("no version is no conflict: " + missing.body()).isEqualTo(400);
            assertThat(missing.body()).contains("\"parameter\":\"version\"");
        }

        HttpResponse<String> hostile = send("PUT", "sections/" + section, DEMO_OFFICER.email(), "{\"version\":"
                + sectionVersion + ",\"html\":\"<p style='color:red' onclick='x()'>Plan <script>alert(1)</script>"
                + "<a href='javascript:alert(2)'>klik</a><img src='x.png'></p>\"}");
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(200);
        Object saved = Json.parse(hostile.body());
        String html = (String) Json.at(saved, "section", "html");
        assertThat(html).contains("Plan").doesNotContain("script", "style", "onclick", "javascript", "<img", "alert");
        assertThat(Json.at(saved, "imagesRemoved")).isEqualTo(true);
        assertThat(Json.at(saved, "markupRemoved")).isEqualTo(true);
        assertThat(hostile.body()).contains("Images were removed from the text.");

        // what the PDF's font cannot draw is kept in the text, and the author is told the PDF leaves it out
        HttpResponse<String> emoji = send("PUT", "sections/" + section, DEMO_OFFICER.email(), "{\"version\":"
                + Json.at(saved, "section", "version") + ",\"html\":\"<p>Plan 😀 Łódź ✅ مرحبا</p>\"}");
        assertThat(emoji.statusCode()).as(emoji.body()).isEqualTo(200);
        assertThat((String) Json.at(Json.parse(emoji.body()), "section", "html")).contains("Łódź ✅ مرحبا");
        assertThat(emoji.body()).contains("The PDF cannot show these characters and leaves them out: 😀")
                .doesNotContain("out: 😀Ł");

        // another Westland draft with three versions: its version 3 is no version of the first document
        Object other = created(send("POST", "documents", DEMO_OFFICER.email(),
                "{\"kind\":\"POLICY_RULES\",\"title\":\"Andere " + UUID.randomUUID() + "\",\"municipalityCode\":\"GM1783\"}"));
        long otherId = number(other, "id");
        Object otherSection = ((List<?>) Json.at(other, "sections")).get(0);
        long otherSectionVersion = number(otherSection, "version");
        for (int i = 0; i < 3; i++) {
            // a version keeps a change: each has one of its own
            HttpResponse<String> written = send("PUT", "sections/" + number(otherSection, "id"), DEMO_OFFICER.email(),
                    "{\"version\":" + otherSectionVersion + ",\"html\":\"<p>Versie " + i + "</p>\"}");
            assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
            otherSectionVersion = number(Json.parse(written.body()), "section", "version");
            assertThat(send("POST", "documents/" + otherId + "/versions", DEMO_OFFICER.email(), "{\"text\":\"v\"}")
                    .statusCode()).isEqualTo(201);
        }
        String before = state();
        HttpResponse<String> compared = send("GET", "documents/" + document + "/comparison?before=1&after=3",
                DEMO_OFFICER.email(), null);
        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(404);
        assertThat(compared.body()).as("the version asked for that is not there").contains("\"parameter\":\"after\"");
        assertThat(send("POST", "documents/" + document + "/versions/3/restore", DEMO_OFFICER.email(),
                "{\"text\":\"van elders\"}").statusCode()).isEqualTo(404);
        assertThat(send("GET", "documents/" + otherId + "/comparison?before=1&after=3", DEMO_OFFICER.email(), null)
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "documents/" + otherId + "/comparison?before=1", DEMO_OFFICER.email(), null).body())
                .contains("\"parameter\":\"after\"");
        for (String[] bad : new String[][] {{"before=abc&after=3", "before"}, {"before=1&after=-1", "after"},
                {"before=0&after=3", "before"}, {"before=1&after=99999999999", "after"}}) {
            HttpResponse<String> refused = send("GET", "documents/" + otherId + "/comparison?" + bad[0],
                    DEMO_OFFICER.email(), null);
            assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(refused.body()).as(bad[0]).contains("\"parameter\":\"" + bad[1] + "\"");
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyHostileTitleCommentAndNoteIsStoredAsSentOrRefusedWithAProblem() throws Exception {
        for (HostileInputs.Input input : HostileInputs.all()) {
            String text = Json.quoted(input.text());
            storedOrRefused(input, send("POST", "documents", DEMO_OFFICER.email(), "{\"kind\":\"VISION\",\"title\":"
                    + text + ",\"municipalityCode\":\"GM1783\"}"), "title");
            storedOrRefused(input, send("POST", "documents/" + document + "/comments", DEMO_COORDINATOR.email(),
                    "{\"sectionId\":" + section + ",\"text\":" + text + "}"), "text");
            storedOrRefused(input, send("POST", "documents/" + document + "/versions", DEMO_OFFICER.email(),
                    "{\"text\":" + text + "}"), "note");
        }
    }

    private static void storedOrRefused(HostileInputs.Input input, HttpResponse<String> answer, String field) {
        if (input.hasControlCharacter()) {
            assertThat(answer.statusCode()).as(field + ": " + input + " " + answer.body()).isEqualTo(400);
        } else {
            assertThat(answer.statusCode()).as(field + ": " + input + " " + answer.body()).isIn(201, 400);
        }
        if (answer.statusCode() == 201) {
            assertThat(Json.at(Json.parse(answer.body()), field)).as(field + ": " + input)
                    .isEqualTo(input.text().strip());
        } else {
            assertThat(answer.body()).as(field + ": " + input).contains("\"status\":400").doesNotContain("Exception");
        }
    }

    @Test
    void aDocumentPageNotForTheCallerOrOfNoDocumentAnswers404AndSaysSoOnce() throws Exception {
        PageClient delft = PageClient.signedIn(base, DELFT_OFFICER, DEMO_OFFICER.password());
        for (String page : List.of("document", "versions")) {
            for (String id : List.of(String.valueOf(document), "abc", "99999999")) {
                String asked = "app/strategy/" + page + ".xhtml?id=" + id;
                PageClient.Page answer = delft.get(asked);
                assertThat(answer.status()).as(asked).isEqualTo(404);
                assertThat(answer.body().split("bestaat niet", -1)).as(asked + ": said once").hasSize(2);
                assertThat(answer.body()).as(asked).doesNotContain(secret, title);
            }
            assertThat(delft.get("app/strategy/" + page + ".xhtml").status()).as(page + " without an id")
                    .isEqualTo(200);
        }
    }

    @Test
    void thePagesPdfLinkAnswersTheAuthorsAndGivesOthersTheNotFoundPage() throws Exception {
        String link = "app/strategy/document.pdf?document=" + document + "&version=1";
        PageClient.Page pdf = PageClient.signedIn(base, DEMO_OFFICER.email(), DEMO_OFFICER.password()).get(link);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        PageClient delft = PageClient.signedIn(base, DELFT_OFFICER, DEMO_OFFICER.password());
        for (String refused : List.of(link, "app/strategy/document.pdf?document=" + document + "&version=99",
                "app/strategy/document.pdf?document=abc&version=1", "app/strategy/document.pdf")) {
            PageClient.Page answer = delft.get(refused);
            assertThat(answer.status()).as(refused).isEqualTo(404);
            assertThat(answer.contentType()).as(refused).contains("html");
            assertThat(answer.body()).as(refused).contains("id=\"not-found\"", "Niet gevonden")
                    .doesNotContain("id=\"error-text\"", "at nl.arbeidsmigratie", "Exception", secret, title, "%PDF");
        }
        PageClient.Page anonymous = new PageClient(base).get(link);
        assertThat(anonymous.status()).isIn(302, 303);
        assertThat(anonymous.location()).contains("login");
    }

    @Test
    void theApiAnswersAPdfOfADocumentNotThereOrNotForTheCallerWithTheSameNotFoundProblem() throws Exception {
        List<String> answers = new ArrayList<>();
        for (String path : List.of("documents/" + document + "/versions/1/pdf", "documents/" + (document + 1_000_000)
                + "/versions/1/pdf", "documents/" + document + "/versions/99/pdf")) {
            HttpResponse<String> answer = Http.getWith(URI.create(base + "api/v1/strategy/" + path),
                    "Authorization", "Bearer " + Http.tokenFor(DELFT_OFFICER), "Accept", "application/pdf");
            assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(path).contains("\"status\":404", "\"parameter\":\"")
                    .doesNotContain("Exception", "at nl.arbeidsmigratie", secret, title, "%PDF");
            Object problem = Json.parse(answer.body());
            answers.add(Json.at(problem, "title") + " " + Json.at(problem, "parameter"));
        }
        assertThat(answers).as("no difference between another's document and none").containsOnly("Not Found id");
    }

    @Test
    void aValueAnEnumDoesNotHaveIsRefusedNamingTheFieldAndTheValuesItTakes() throws Exception {
        for (String kind : List.of("\"FOO\"", "3", "\"vision\"")) {
            HttpResponse<String> answer = send("POST", "documents", DEMO_OFFICER.email(), "{\"kind\":" + kind
                    + ",\"title\":\"Soort onbekend\",\"municipalityCode\":\"GM1783\"}");
            assertThat(answer.statusCode()).as(kind + " " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(kind)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            Object problem = Json.parse(answer.body());
            assertThat(Json.at(problem, "parameter")).as(kind).isEqualTo("kind");
            assertThat(Json.at(problem, "detail")).as(kind)
                    .isEqualTo("kind must be one of VISION, POLICY_FRAMEWORK, POLICY_RULES, REGIONAL_AGREEMENT.");
        }
    }

    @Test
    void frozenFiguresCarryTheirWordsInTheCallersLanguageBesideTheirKeys() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        // a date of its own, as other tests record Westland counts too
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(Math.floorMod(mark.hashCode(), 365));
        TestData.createdByWestland(base, "counts", TestData.countJson("GM1783", "Bron " + mark)
                .replace("2025-05-01", date.toString()).replace("\"registeredBrp\":7", "\"registeredBrp\":4321"), "id");
        HttpResponse<String> frozen = send("POST", "sections/" + section + "/figures", DEMO_OFFICER.email(),
                "{\"version\":" + sectionVersion + ",\"referenceDate\":\"" + date + "\"}");
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.body()).contains("\"label\":\"figures.count.registered-brp\"");
        Map<String, List<String>> expected = Map.of("nl", List.of("Ingeschreven BRP", "4.321"),
                "en", List.of("Registered BRP", "4,321"));
        for (String language : List.of("nl", "en")) {
            HttpResponse<String> read = Http.getWith(URI.create(base + "api/v1/strategy/documents/" + document),
                    "Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()), "Accept-Language", language);
            Object registered = figureRow(read, "figures.count.registered-brp");
            assertThat(Json.at(registered, "labelText")).as(language).isEqualTo(expected.get(language).get(0));
            assertThat(Json.at(registered, "value")).as("as kept, for programs").isEqualTo("4321");
            assertThat(Json.at(registered, "valueText")).as(language).isEqualTo(expected.get(language).get(1));
            assertThat((String) Json.at(registered, "sourceText")).as("a source recorded with the figure, as recorded")
                    .contains("Bron " + mark);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object figureRow(HttpResponse<String> document, String label) {
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        List<Object> rows = (List<Object>) Json.at(sectionOf(Json.parse(document.body()), "NUMBERS"), "figures", "rows");
        return rows.stream().filter(row -> label.equals(Json.at(row, "label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + rows));
    }

    private HttpResponse<String> send(String method, String path, String email, String json) throws Exception {
        return Http.send(method, URI.create(base + "api/v1/strategy/" + path), Http.tokenFor(email),
                json == null ? null : "application/json", json);
    }

    private static Object created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body());
    }

    private static long number(Object json, Object... path) {
        return Long.parseLong(String.valueOf(Json.at(json, path)));
    }

    @SuppressWarnings("unchecked")
    private static Object sectionOf(Object document, String goal) {
        return ((List<Object>) Json.at(document, "sections")).stream()
                .filter(s -> goal.equals(Json.at(s, "goal"))).findFirst().orElseThrow();
    }

    /** Everything stored of the first document, its sections, versions, comments and steps, in one line. */
    private String state() throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("select d.status || '|' || d.version || '|' || d.title"
                     + " || '|' || coalesce(d.adopted_version::text, '-')"
                     + " || '|' || (select count(*) from strategy.document_version v where v.document_id = d.id)"
                     + " || '|' || (select count(*) from strategy.document_transition t where t.document_id = d.id)"
                     + " || '|' || (select coalesce(string_agg(c.id || ':' || c.version || ':' || c.text, ',' order by"
                     + " c.id), '') from strategy.review_comment c where c.document_id = d.id)"
                     + " || '|' || (select coalesce(string_agg(s.id || ':' || s.version || ':' || md5(s.body_html), ','"
                     + " order by s.id), '') from strategy.section s where s.document_id = d.id)"
                     + " || '|' || (select count(*) from strategy.document)"
                     + " from strategy.document d where d.id = ?")) {
            query.setLong(1, document);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

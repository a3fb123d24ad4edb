package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.MailLinks;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.testing.TestMailServer;
import nl.arbeidsmigratie.regie.web.Http.Operation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every sessions operation of the OpenAPI document called by nobody, a coordinator, Westland's officer (whose
 * municipality takes part), Delft's officer (whose does not) and an auditor, each answered as the pages' rules say;
 * a guest invited to a poll, and invitations that are refused.
 * The table below names every operation; a new sessions endpoint without a row fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsApiIT {

    private static final String DELFT = "officer.delft@sessions-api.example";

    private enum Caller { COORDINATOR, WESTLAND, DELFT, AUDITOR }

    /** Per operation the status each caller gets, in the order of {@link Caller}. */
    private static final Map<String, List<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/v1/sessions/series/{id}", List.of(200, 200, 200, 200)),
            Map.entry("GET /api/v1/sessions/meetings/{id}", List.of(200, 200, 200, 200)),
            Map.entry("GET /api/v1/sessions/meetings/{id}/calendar", List.of(200, 200, 200, 200)),
            // Delft is not invited to the poll, as its page shows none
            Map.entry("GET /api/v1/sessions/meetings/{id}/poll", List.of(200, 200, 404, 200)),
            Map.entry("POST /api/v1/sessions/series/{id}/calendar-feed", List.of(201, 201, 403, 201)),
            Map.entry("DELETE /api/v1/sessions/series/{id}/calendar-feed", List.of(204, 204, 204, 204)),
            Map.entry("GET /api/v1/sessions/meetings/{id}/participants", List.of(200, 200, 200, 200)),
            Map.entry("GET /api/v1/sessions/polls/{id}", List.of(200, 200, 403, 200)),
            Map.entry("PUT /api/v1/sessions/polls/{id}/answers", List.of(403, 200, 403, 403)),
            Map.entry("POST /api/v1/sessions/polls/{id}/guests", List.of(201, 403, 403, 403)),
            // a guest is read as the guest list shows them, by coordinators and auditors
            Map.entry("GET /api/v1/sessions/polls/{id}/guests/{guestId}", List.of(200, 403, 403, 200)),
            Map.entry("DELETE /api/v1/sessions/polls/{id}/guests/{guestId}", List.of(204, 403, 403, 403)),
            Map.entry("GET /api/v1/sessions/registrations/own", List.of(403, 200, 200, 403)),
            Map.entry("POST /api/v1/sessions/registrations", List.of(201, 201, 403, 403)),
            // by its id, Westland's registration does not exist for Delft's officer
            Map.entry("GET /api/v1/sessions/registrations/{id}", List.of(200, 200, 404, 200)),
            Map.entry("DELETE /api/v1/sessions/registrations/{id}", List.of(200, 200, 404, 403)));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private String run;
    private long edition;
    private long series;
    private long meeting;
    private long undated;
    private long poll;
    private long slot;

    @BeforeEach
    void aSeriesWithADatedMeetingAndAnOpenPoll() throws SQLException {
        run = UUID.randomUUID().toString().substring(0, 8);
        TestData.delftOfficer(DELFT);
        edition = TestData.editionWithWestlandEnrolment("Sessions API " + run, "contact." + run + "@westland.example",
                "Knelpunten " + run);
        try (Connection db = TestDatabase.connect()) {
            TestData.update(db, "update registration.enrolment set status = 'CONFIRMED', decided_at = now() "
                    + "where edition_id = ?", edition);
            series = id(db, "insert into sessions.meeting_series (edition_id, title, created_at) values (?, ?, now()) "
                    + "returning id", edition, "Reeks " + run);
            meeting = id(db, "insert into sessions.meeting (series_id, number, kind, title, format, venue_name, "
                    + "venue_city, starts_at, ends_at, capacity, status, announced, created_at)"
                    + " values (?, 1, 'CIRCLE', 'Startbijeenkomst', 'ON_LOCATION', 'Provinciehuis', 'Den Haag',"
                    + " now() + interval '30 days', now() + interval '30 days 2 hours', 10, 'CONFIRMED', true, now())"
                    + " returning id", series);
            undated = id(db, "insert into sessions.meeting (series_id, number, kind, title, format, capacity, "
                    + "status, created_at) values (?, 2, 'CIRCLE', 'Bijeenkomst 2', 'ON_LOCATION', 10, 'DRAFT', now()) "
                    + "returning id", series);
            poll = id(db, "insert into sessions.date_poll (meeting_id, deadline, status, created_at) "
                    + "values (?, now() + interval '7 days', 'OPEN', now()) returning id", undated);
            slot = id(db, "insert into sessions.poll_slot (poll_id, starts_at, ends_at) values (?, "
                    + "now() + interval '14 days', now() + interval '14 days 2 hours') returning id", poll);
        }
    }

    @AfterEach
    void removeThem() throws SQLException {
        TestData.removeMeetingsOf(edition);
        TestData.removeEdition(edition);
    }

    @Test
    void everySessionsOperationAnswersEachRoleAsThePagesRulesSay() throws Exception {
        List<Operation> operations = Http.apiOperations(base).stream()
                .filter(o -> o.path().startsWith("/api/v1/sessions/")).toList();
        List<String> named = operations.stream().map(o -> o.method() + " " + o.path()).toList();
        assertThat(named).as("sessions operations in the OpenAPI document, each with its expectations")
                .containsAll(EXPECTED.keySet()).allMatch(o -> EXPECTED.containsKey(o) || o.endsWith("/series/current"));
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            String name = operation.method() + " " + operation.path();
            HttpResponse<String> anonymous = call(operation, null);
            if (anonymous.statusCode() != 401) {
                wrong.add(name + " without a token: " + anonymous.statusCode());
            }
            for (Caller caller : Caller.values()) {
                HttpResponse<String> answer = call(operation, caller);
                boolean right = EXPECTED.containsKey(name) ? answer.statusCode() == EXPECTED.get(name).get(caller.ordinal())
                        // which edition is current depends on every other test's editions: found or not, never refused
                        : answer.statusCode() == 200 || answer.statusCode() == 404;
                if (!right) {
                    wrong.add(name + " as " + caller + ": " + answer.statusCode() + " " + answer.body());
                }
                if (answer.statusCode() >= 400) {
                    assertThat(answer.headers().firstValue("Content-Type")).as(name).hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMeetingsDatePollIsFoundFromTheMeeting() throws Exception {
        HttpResponse<String> found = Http.get(api("meetings/" + undated + "/poll"), DEMO_OFFICER);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        // as documented; fixedSlotId is left out while it is null
        assertThat(ApiDocument.fields(Json.parse(found.body()))).contains("slots", "deadline", "ownAnswers")
                .isSubsetOf(ApiDocument.answerFields(base, "GET", "/api/v1/sessions/meetings/{id}/poll", 200));
        assertThat(Json.at(Json.parse(found.body()), "id")).isEqualTo(String.valueOf(poll));
        assertThat(Json.at(Json.parse(found.body()), "meetingId")).isEqualTo(String.valueOf(undated));
        String token = "Bearer " + Http.tokenFor(DEMO_COORDINATOR.email());
        HttpResponse<String> none = Http.getWith(api("meetings/" + meeting + "/poll"), "Authorization", token,
                "Accept-Language", "en");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(404);
        assertThat(none.body()).contains("no date poll for this meeting", "\"parameter\":\"id\"");
        HttpResponse<String> unknown = Http.getWith(api("meetings/" + (meeting + 1_000_000) + "/poll"),
                "Authorization", token, "Accept-Language", "en");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.body()).contains("no meeting " + (meeting + 1_000_000));
    }

    @Test
    void participantsShowAnOfficerOnlyTheirOwnMunicipalityAndTheCalendarIsICalendar() throws Exception {
        HttpResponse<String> registered = Http.postJson(api("registrations"), DEMO_OFFICER.email(),
                registration("Anna " + run));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        assertThat(Http.get(api("meetings/" + meeting + "/participants"), DEMO_COORDINATOR).body()).contains("Anna " + run);
        assertThat(Http.get(api("meetings/" + meeting + "/participants"), DEMO_OFFICER).body()).contains("Anna " + run);
        assertThat(Http.get(api("meetings/" + meeting + "/participants"), DELFT).body()).isEqualTo("[]");
        // cancelled twice: the second names the registration as the path does
        String id = (String) Json.at(Json.parse(registered.body()), "id");
        assertThat(registered.headers().firstValue("Location")).as("where it is read and cancelled")
                .hasValue(api("registrations/" + id).toString());
        HttpResponse<String> read = Http.get(api("registrations/" + id), DEMO_OFFICER);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Json.at(Json.parse(read.body()), "id")).isEqualTo(id);
        assertThat(Json.at(Json.parse(read.body()), "name")).isEqualTo("Anna " + run);
        HttpResponse<String> hidden = Http.get(api("registrations/" + id), DELFT);
        assertThat(hidden.statusCode()).as("Westland's registration does not exist for Delft's officer")
                .isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Anna " + run).contains("\"parameter\":\"id\"");
        assertThat(Http.send("DELETE", api("registrations/" + id), Http.tokenFor(DEMO_OFFICER.email()), null, null)
                .statusCode()).isEqualTo(200);
        assertThat(Json.at(Json.parse(Http.get(api("registrations/" + id), DEMO_AUDITOR).body()), "status"))
                .as("a cancelled registration is read as cancelled").isEqualTo("CANCELLED");
        HttpResponse<String> again = Http.send("DELETE", api("registrations/" + id), Http.tokenFor(DEMO_OFFICER.email()),
                null, null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"parameter\":\"id\"");

        HttpResponse<String> ics = Http.get(api("meetings/" + meeting + "/calendar"), DEMO_AUDITOR);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "Startbijeenkomst", "STATUS:CONFIRMED");

        // a caller that takes only JSON, or anything but a calendar, is told the calendar is not that, as the CSV
        // exports do
        for (String accept : List.of("application/json", "text/calendar;q=0, */*")) {
            HttpResponse<String> refused = Http.getWith(api("meetings/" + meeting + "/calendar"),
                    "Authorization", "Bearer " + Http.tokenFor(DEMO_AUDITOR.email()), "Accept", accept);
            assertThat(refused.statusCode()).as(accept + ": " + refused.body()).isEqualTo(406);
            assertThat(refused.body()).doesNotContain("BEGIN:VCALENDAR");
        }

        HttpResponse<String> unknown = Http.get(api("meetings/" + (meeting + 1_000_000) + "/calendar"), DEMO_OFFICER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.get(api("meetings/abc"), DEMO_OFFICER).statusCode()).isEqualTo(404);
    }

    @Test
    void aCalendarFileOfAMeetingThatIsNotThereIsNotFoundOnThePagesAndInTheApi() throws Exception {
        PageClient officer = PageClient.signedIn(base, DEMO_OFFICER.email(), DEMO_OFFICER.password());
        PageClient.Page ics = officer.get("app/sessions/meeting.ics?id=" + meeting);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        for (String link : List.of("app/sessions/meeting.ics?id=" + (meeting + 1_000_000),
                "app/sessions/meeting.ics?id=abc", "app/sessions/meeting.ics")) {
            PageClient.Page answer = officer.get(link);
            assertThat(answer.status()).as(link).isEqualTo(404);
            assertThat(answer.contentType()).as(link).contains("html");
            assertThat(answer.body()).as(link).contains("id=\"not-found\"", "Niet gevonden")
                    .doesNotContain("id=\"error-text\"", "Exception", "at nl.arbeidsmigratie", "BEGIN:VCALENDAR");
        }

        // a page naming a record that is not there says so with a 404, as the top bar of a signed-in page is long
        String absent = String.valueOf(meeting + 1_000_000);
        for (String link : List.of("app/sessions/meeting.xhtml?id=" + absent, "app/sessions/poll.xhtml?id=" + absent,
                "app/sessions/poll.xhtml?meeting=" + absent, "app/sessions/records.xhtml?meeting=" + absent,
                "circle.xhtml?edition=" + absent)) {
            PageClient.Page answer = officer.get(link);
            assertThat(answer.status()).as(link).isEqualTo(404);
            assertThat(answer.body()).as(link).contains("bestaat niet").doesNotContain("Exception");
        }

        // a poll's page opens only from its mailed link: without one, or with one that names nothing, not found
        for (String link : List.of("date-poll.xhtml", "date-poll.xhtml?token=", "date-poll.xhtml?token=" + "x".repeat(43))) {
            PageClient.Page answer = new PageClient(base).get(link);
            assertThat(answer.status()).as(link).isEqualTo(404);
            assertThat(answer.body()).as(link).contains("id=\"not-found\"");
        }

        HttpResponse<String> unknown = Http.getWith(api("meetings/" + (meeting + 1_000_000) + "/calendar"),
                "Authorization", "Bearer " + Http.tokenFor(DEMO_OFFICER.email()), "Accept", "text/calendar");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("\"status\":404", "\"title\":\"Not Found\"")
                .doesNotContain("Exception", "at nl.arbeidsmigratie", "BEGIN:VCALENDAR");
    }

    @Test
    void aCalendarFeedIsFetchedWithoutSigningInUntilRevokedAndAForgedOneFindsNothing() throws Exception {
        HttpResponse<String> made = Http.send("POST", api("series/" + series + "/calendar-feed"),
                Http.tokenFor(DEMO_OFFICER.email()), null, null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(ApiDocument.fields(Json.parse(made.body()))).isEqualTo(ApiDocument.answerFields(base, "POST",
                "/api/v1/sessions/series/{id}/calendar-feed", 201));
        String token = (String) Json.at(Json.parse(made.body()), "token");
        assertThat((String) Json.at(Json.parse(made.body()), "url")).endsWith("/calendars/" + token);
        assertThat(made.headers().firstValue("Location")).as("where it is revoked, not the secret address")
                .hasValue(api("series/" + series + "/calendar-feed").toString());

        HttpResponse<String> feed = Http.get(feed(token));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
        assertThat(events).as("the dated meeting; the draft is not announced").singleElement()
                .satisfies(e -> assertThat(e.getProperty(Property.SUMMARY).map(Property::getValue)).hasValue("Reeks " + run + ": Startbijeenkomst"));

        HttpResponse<String> unknown = Http.get(feed("regie_" + "x".repeat(token.length())));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.getWith(feed("regie_" + "y".repeat(token.length())), "Accept-Language", "nl").body())
                .isEqualTo("Dit agenda-adres bestaat niet (meer); maak een nieuw op de pagina Bijeenkomsten.");
        assertThat(Http.get(feed("")).statusCode()).isEqualTo(404);
        assertThat(Http.send("DELETE", api("series/" + series + "/calendar-feed"), Http.tokenFor(DEMO_OFFICER.email()),
                null, null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = Http.get(feed(token));
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).as("a revoked feed reveals no more than an unknown one").isEqualTo(unknown.body());
    }

    @Test
    void everyHostileNameIsStoredVerbatimOrRefusedWithAProblem() throws Exception {
        int n = 0;
        for (HostileInputs.Input input : HostileInputs.all()) {
            HttpResponse<String> answer = Http.postJson(api("registrations"), DEMO_COORDINATOR.email(),
                    "{\"meetingId\":" + meeting + ",\"municipalityCode\":\"GM1783\",\"name\":" + Json.quoted(input.text())
                            + ",\"email\":\"hostile" + (n++) + "." + run + "@westland.example\"}");
            assertThat(answer.statusCode()).as(input.toString()).isIn(201, 400);
            if (answer.statusCode() == 201) {
                assertThat(Json.at(Json.parse(answer.body()), "name")).as(input.toString()).isEqualTo(input.text().strip());
            } else {
                assertThat(answer.body()).as(input.toString()).contains("\"status\":400");
            }
        }
        for (String withoutMunicipality : List.of("{}", "{\"meetingId\":" + meeting + ",\"municipalityCode\":\" \","
                + "\"name\":\"Zonder gemeente\",\"email\":\"zonder." + run + "@westland.example\"}")) {
            HttpResponse<String> refused = Http.postJson(api("registrations"), DEMO_OFFICER.email(), withoutMunicipality);
            assertThat(refused.statusCode()).as("a missing municipality is no foreign one: " + refused.body())
                    .isEqualTo(400);
            assertThat(refused.body()).contains("\"parameter\":\"municipalityCode\"");
        }
    }

    @Test
    void aCoordinatorInvitesAGuestWhoIsMailedTheLinkAndBadInvitationsAreProblems() throws Exception {
        URI guests = api("polls/" + poll + "/guests");
        String address = "gast." + run + "@provincie.example";
        HttpResponse<String> invited = Http.postJson(guests, DEMO_COORDINATOR.email(), guest("Gast " + run, address, "en"));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(ApiDocument.fields(Json.parse(invited.body()))).isEqualTo(ApiDocument.answerFields(base, "POST",
                "/api/v1/sessions/polls/{id}/guests", 201));
        assertThat(Json.at(Json.parse(invited.body()), "answered")).isEqualTo(false);
        assertThat(invited.headers().firstValue("Location")).as("where the guest is read and taken back")
                .hasValue(guests + "/" + Json.at(Json.parse(invited.body()), "id"));
        URI invitedGuest = URI.create(invited.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> read = Http.get(invitedGuest, DEMO_AUDITOR);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Json.parse(read.body())).as("as the invitation answered").isEqualTo(Json.parse(invited.body()));
        HttpResponse<String> officer = Http.get(invitedGuest, DEMO_OFFICER);
        assertThat(officer.statusCode()).as("officers see no guests' addresses").isEqualTo(403);
        assertThat(officer.body()).doesNotContain(address);
        assertThat((String) Json.at(Json.parse(invited.body()), "invitedAt")).as("a moment, in UTC like registeredAt")
                .endsWith("Z");
        String mail = TestMailServer.awaitMail(address, "", Duration.ofSeconds(60));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(MailLinks.BASE_URL) + "date-poll\\.xhtml\\?token=[A-Za-z0-9_-]+").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        // invited in English, the guest's page speaks English as the mail did
        HttpResponse<String> page = Http.get(URI.create(MailLinks.on(base, link.group())));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"en\"").contains("Date poll");

        Map<String, String> bad = Map.of(
                guest("Gast", "geen-adres", "nl"), "e-mail",
                guest("Gast", address, "nl"), "invited already",
                guest("Gast", "ander." + run + "@provincie.example", "fr"), "nl or en",
                guest(" ", "ander." + run + "@provincie.example", "nl"), "name",
                "null", "body");
        for (Map.Entry<String, String> body : bad.entrySet()) {
            HttpResponse<String> refused = Http.postJson(guests, DEMO_COORDINATOR.email(), body.getKey());
            assertThat(refused.statusCode()).as(body.getKey() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        int n = 0;
        for (HostileInputs.Input input : HostileInputs.all()) {
            HttpResponse<String> answer = Http.postJson(guests, DEMO_COORDINATOR.email(),
                    guest(input.text(), "hostile" + (n++) + "." + run + "@provincie.example", "nl"));
            assertThat(answer.statusCode()).as(input.toString()).isIn(201, 400);
            if (answer.statusCode() == 201) {
                assertThat(Json.at(Json.parse(answer.body()), "name")).as(input.toString()).isEqualTo(input.text().strip());
            }
        }
        // the body's schema says what an invitation needs, and the limit it gives is the one the facade keeps
        Object schema = ApiDocument.requestSchema(base, "POST", "/api/v1/sessions/polls/{id}/guests");
        assertThat((List<?>) Json.at(schema, "required")).as(String.valueOf(schema)).map(String::valueOf)
                .containsExactlyInAnyOrder("name", "email");
        assertThat(Json.at(schema, "properties", "email", "maxLength")).isEqualTo("254");
        assertThat((List<?>) Json.at(schema, "properties", "language", "enum")).map(String::valueOf)
                .containsExactly("nl", "en");
        int longest = Integer.parseInt(String.valueOf(Json.at(schema, "properties", "name", "maxLength")));
        assertThat(Http.postJson(guests, DEMO_COORDINATOR.email(), guest("n".repeat(longest),
                "lang." + run + "@provincie.example", "nl")).statusCode()).isEqualTo(201);
        HttpResponse<String> tooLong = Http.postJson(guests, DEMO_COORDINATOR.email(), guest("n".repeat(longest + 1),
                "langer." + run + "@provincie.example", "nl"));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"parameter\":\"name\"");
        assertThat(Http.postJson(api("polls/" + (poll + 1_000_000) + "/guests"), DEMO_COORDINATOR.email(),
                guest("Gast", "ander." + run + "@provincie.example", "nl")).statusCode()).isEqualTo(404);
        // a guest withdrawn is not there to withdraw again: not found, as any unknown id
        URI withdrawn = api("polls/" + poll + "/guests/" + Json.at(Json.parse(invited.body()), "id"));
        assertThat(Http.send("DELETE", withdrawn, Http.tokenFor(DEMO_COORDINATOR.email()), null, null).statusCode())
                .isEqualTo(204);
        assertThat(Http.send("DELETE", withdrawn, Http.tokenFor(DEMO_COORDINATOR.email()), null, null).statusCode())
                .isEqualTo(404);
        assertThat(Http.get(withdrawn, DEMO_COORDINATOR).statusCode()).isEqualTo(404);
        try (Connection db = TestDatabase.connect()) {
            TestData.update(db, "update sessions.date_poll set deadline = now() - interval '1 minute' where id = ?", poll);
        }
        HttpResponse<String> closed = Http.postJson(guests, DEMO_COORDINATOR.email(),
                guest("Te laat", "laat." + run + "@provincie.example", "nl"));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(400);
        assertThat(closed.body()).contains("\"status\":400");
    }

    @Test
    void aPollAnswerBodyThatIsAnArrayIsAProblemNamingTheBody() throws Exception {
        HttpResponse<String> refused = Http.send("PUT", api("polls/" + poll + "/answers"),
                Http.tokenFor(DEMO_OFFICER.email()), "application/json", "[1,2]");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("body");
        HttpResponse<String> twice = Http.send("PUT", api("polls/" + poll + "/answers"),
                Http.tokenFor(DEMO_OFFICER.email()), "application/json", "{\"1\":\"YES\",\"01\":\"NO\"}");
        assertThat(twice.statusCode()).as("one slot named twice: which answer was meant cannot be told")
                .isEqualTo(400);
        assertThat(twice.body()).contains("\"parameter\":\"answers\"");
    }

    private HttpResponse<String> call(Operation operation, Caller caller) throws Exception {
        String token = caller == null ? null : Http.tokenFor(switch (caller) {
            case COORDINATOR -> DEMO_COORDINATOR.email();
            case WESTLAND -> DEMO_OFFICER.email();
            case DELFT -> DELFT;
            case AUDITOR -> DEMO_AUDITOR.email();
        });
        String path = operation.path();
        long id = path.contains("/series/") ? series : path.contains("/polls/") ? poll
                : path.contains("/registrations/") && caller != null ? ownRegistration(caller)
                : path.endsWith("/poll") ? undated : meeting;
        String who = (caller == null ? "Niemand" : caller.name()) + " " + run;
        if (path.contains("{guestId}")) {
            // a guest of its own for each caller and operation to read or take back, invited by the coordinator
            HttpResponse<String> invited = Http.postJson(api("polls/" + poll + "/guests"), DEMO_COORDINATOR.email(),
                    guest(who, operation.method().toLowerCase() + "." + who.replace(' ', '.').toLowerCase()
                            + "@provincie.example", "nl"));
            assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
            path = path.replace("{guestId}", String.valueOf(Json.at(Json.parse(invited.body()), "id")));
        }
        URI uri = URI.create(base + path.substring(1).replace("{id}", String.valueOf(id)));
        return switch (operation.method()) {
            case "POST" -> Http.send("POST", uri, token, "application/json", path.endsWith("/guests")
                    ? guest(who, who.replace(' ', '.').toLowerCase() + "@provincie.example", "nl") : registration(who));
            case "PUT" -> Http.send("PUT", uri, token, "application/json", "{\"" + slot + "\":\"YES\"}");
            default -> Http.send(operation.method(), uri, token, null, null);
        };
    }

    /** A fresh Westland registration for a cancellation, made by the coordinator, so every caller has one to try. */
    private long ownRegistration(Caller caller) throws Exception {
        HttpResponse<String> made = Http.postJson(api("registrations"), DEMO_COORDINATOR.email(),
                registration("Te annuleren " + caller + " " + UUID.randomUUID()));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return Long.parseLong((String) Json.at(Json.parse(made.body()), "id"));
    }

    private String registration(String name) {
        return "{\"meetingId\":" + meeting + ",\"municipalityCode\":\"GM1783\",\"name\":" + Json.quoted(name)
                + ",\"email\":\"" + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@westland.example\"}";
    }

    private static String guest(String name, String email, String language) {
        return "{\"name\":" + Json.quoted(name) + ",\"email\":" + Json.quoted(email) + ",\"language\":\"" + language
                + "\"}";
    }

    private URI feed(String token) {
        return URI.create(base + "calendars/" + token);
    }

    private URI api(String path) {
        return URI.create(base + "api/v1/sessions/" + path);
    }

    private static long id(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

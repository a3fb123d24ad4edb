package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DemoAccount;
import nl.arbeidsmigratie.regie.testing.TestDatabase;

/** What several black-box tests set up the same way: another municipality's officer, Westland's records as JSON. */
final class TestData {

    private TestData() {
    }

    /** An officer of Delft (GM0503) with the demo officer's password, made once per email address. */
    static void delftOfficer(String email) throws SQLException {
        account(email, "OFFICER", "GM0503");
    }

    /**
     * An account with this role (and municipality, for an officer; otherwise null) and the demo officer's
     * password, made once per email address.
     */
    static void account(String email, String role, String municipality) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into registration.account (email, display_name, "
                     + "password_hash, role, municipality_code) select ?, ?, password_hash, ?, ? "
                     + "from registration.account where email = ? "
                     + "and not exists (select 1 from registration.account where email = ?)")) {
            insert.setString(1, email);
            insert.setString(2, "GM0503".equals(municipality) ? "Beleidsmedewerker Delft" : "Test " + role.toLowerCase());
            insert.setString(3, role);
            insert.setString(4, municipality);
            insert.setString(5, DEMO_OFFICER.email());
            insert.setString(6, email);
            insert.executeUpdate();
        }
    }

    /** An account of {@code template}'s role, municipality and password under another address, made once. */
    static void accountLike(DemoAccount template, String email) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into registration.account (email, display_name, "
                     + "password_hash, role, municipality_code) select ?, ?, password_hash, role, "
                     + "municipality_code from registration.account where email = ? "
                     + "and not exists (select 1 from registration.account where email = ?)")) {
            insert.setString(1, email);
            // another person, so another name: a name two accounts share is shown with the address
            insert.setString(2, "Collega van " + template.displayName() + " " + email.substring(0, email.indexOf('@')));
            insert.setString(3, template.email());
            insert.setString(4, email);
            insert.executeUpdate();
        }
    }

    /** Posts {@code json} to {@code api/v1/<path>} as Westland's demo officer and returns the new record's id. */
    static long createdByWestland(URL base, String path, String json, String idField) throws Exception {
        HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/" + path), DEMO_OFFICER.email(), json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"" + idField + "\":(\\d+)").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /**
     * A strategy document of Westland started through the API by Westland's demo officer, and when {@code submit},
     * handed to the demo coordinator for review; returns the document's id.
     */
    static long westlandStrategyDocument(URL base, String title, boolean submit) throws Exception {
        URI documents = URI.create(base + "api/v1/strategy/documents");
        HttpResponse<String> created = Http.postJson(documents, DEMO_OFFICER.email(), "{\"kind\":\"VISION\","
                + "\"title\":\"" + title + "\",\"municipalityCode\":\"GM1783\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Object document = Json.parse(created.body());
        long id = Long.parseLong((String) Json.at(document, "id"));
        assertThat(created.headers().firstValue("Location")).hasValue(documents + "/" + id);
        if (submit) {
            URI one = URI.create(documents + "/" + id);
            assertThat(Http.send("PUT", one, Http.tokenFor(DEMO_OFFICER.email()), "application/json", "{\"title\":\""
                    + title + "\",\"policyFields\":[],\"reviewerEmail\":\"coordinator@demo.regie.local\","
                    + "\"version\":" + Json.at(document, "version") + "}").statusCode()).isEqualTo(200);
            assertThat(Http.postJson(URI.create(one + "/submit"), DEMO_OFFICER.email(), "").statusCode()).isEqualTo(200);
        }
        return id;
    }

    /** A housing location of four beds in Naaldwijk, in the form {@code POST /api/v1/locations} takes. */
    static String locationJson(String municipality, String name) {
        return "{\"municipalityCode\":\"" + municipality + "\",\"name\":\"" + name + "\","
                + "\"address\":{\"street\":\"Teststraat\",\"houseNumber\":\"1\",\"postcode\":\"2671 AB\",\"place\":\"Naaldwijk\"},"
                + "\"housingForm\":\"HOUSING_UNITS\",\"status\":\"ACTIVE\","
                + "\"facilities\":{\"beds\":4,\"floorArea\":60,\"bedrooms\":2,\"toilets\":1,\"showers\":1}}";
    }

    /** A count of 7 registered persons on 2025-05-01 with this source, for {@code POST /api/v1/counts}. */
    static String countJson(String municipality, String source) {
        return "{\"municipalityCode\":\"" + municipality + "\",\"referenceDate\":\"2025-05-01\",\"registeredBrp\":7,"
                + "\"source\":\"" + source + "\",\"definition\":\"LIVING_IN\",\"shortStayMonths\":4,"
                + "\"longStayMonths\":12}";
    }

    /** The number a query of one row and column answers, such as a count. */
    static long scalar(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs one statement with these parameters in turn. */
    static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * A learning-circle edition open since yesterday with one submitted enrolment of Westland, its contact at
     * {@code contactEmail} and these bottlenecks; returns the edition's id. {@link #removeEdition} removes both.
     */
    static long editionWithWestlandEnrolment(String title, String contactEmail, String bottlenecks) throws SQLException {
        long edition;
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into registration.edition (title, opens_on, "
                     + "closes_on, capacity, created_at) values (?, current_date - 1, current_date + 30, 5, now()) "
                     + "returning id")) {
            insert.setString(1, title + " " + UUID.randomUUID());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                edition = id.getLong(1);
            }
            update(db, "insert into registration.enrolment (edition_id, municipality_code, contact_name, "
                    + "contact_email, policy_phase, bottlenecks, committed, status, submitted_at) "
                    + "values (?, 'GM1783', 'Contact Westland', ?, 'ORIENTING', ?, true, 'SUBMITTED', now())",
                    edition, contactEmail, bottlenecks);
        }
        return edition;
    }

    static void removeEdition(long edition) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            update(db, "delete from registration.enrolment where edition_id = ?", edition);
            update(db, "delete from registration.edition where id = ?", edition);
        }
    }

    /** Removes the meeting series of an edition with everything in it: polls, answers, registrations, feeds. */
    static void removeMeetingsOf(long edition) throws SQLException {
        String series = "(select id from sessions.meeting_series where edition_id = " + edition + ")";
        String meetings = "(select id from sessions.meeting where series_id in " + series + ")";
        String polls = "(select id from sessions.date_poll where meeting_id in " + meetings + ")";
        try (Connection db = TestDatabase.connect()) {
            for (String sql : List.of(
                    "delete from sessions.poll_answer where slot_id in (select id from sessions.poll_slot "
                            + "where poll_id in " + polls + ")",
                    "delete from sessions.poll_invitee where poll_id in " + polls,
                    "update sessions.date_poll set fixed_slot_id = null where id in " + polls,
                    "delete from sessions.poll_slot where poll_id in " + polls,
                    "delete from sessions.date_poll where id in " + polls,
                    "delete from sessions.meeting_registration where meeting_id in " + meetings,
                    "delete from sessions.meeting_minutes where meeting_id in " + meetings,
                    "delete from sessions.meeting_attachment where meeting_id in " + meetings,
                    "delete from sessions.follow_up_action where meeting_id in " + meetings,
                    "delete from sessions.meeting where series_id in " + series,
                    "delete from sessions.calendar_feed where series_id in " + series,
                    "delete from sessions.meeting_series where edition_id = " + edition)) {
                db.createStatement().executeUpdate(sql);
            }
        }
    }
}

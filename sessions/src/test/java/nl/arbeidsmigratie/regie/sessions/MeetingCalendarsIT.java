package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.LEIDEN;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.OFFICER;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.startMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.api.CalendarFeedLink;
import nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendars on Payara Micro and PostgreSQL, read back with ical4j as a calendar application would: one event per
 * announced meeting with a stable UID, a SEQUENCE that grows when time, place, format or status change, and the status;
 * the secret feed's revocation, and forged tokens that find nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingCalendarsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(MeetingCalendarsIT.class);
    }

    @Inject
    MeetingCalendars calendars;

    @Inject
    MeetingPlanning planning;

    @Inject
    SessionsFixture fixture;

    @Inject
    AccountAdministration administration;

    @Test
    void theFeedKeepsEachMeetingsUidAndRaisesItsSequenceWhenItChanges() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView start = series.meetings().get(0);
        MeetingView planned = TestCaller.as(COORDINATOR, () -> planning.describe(start.id(),
                startMeeting(start, 30)).meeting());
        MeetingView provisional = TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(),
                planned.version(), MeetingStatus.PROVISIONAL));
        CalendarFeedLink link = TestCaller.as(OFFICER, () -> calendars.subscribe(series.id()));
        assertThat(link.url()).endsWith("/calendars/" + link.token()).doesNotContain("/api/");

        String feed = calendars.feed(link.token()).orElseThrow();
        assertOneStampPerEvent(feed);
        VEvent first = onlyEvent(feed);
        String uid = value(first, Property.UID);
        assertThat(uid).isEqualTo("meeting-" + start.id() + "@sessions.arbeidsmigratie-regie");
        assertThat(value(first, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(first, Property.SUMMARY)).isEqualTo(series.title() + ": Startbijeenkomst (onder voorbehoud)");
        assertThat(value(first, Property.DESCRIPTION)).endsWith("/app/sessions/meeting.xhtml?id=" + start.id());
        assertThat(parse(feed).getProperty("X-WR-CALNAME").map(Property::getValue)).hasValue(series.title());
        assertThat(parse(feed).getProperty(Property.METHOD).map(Property::getValue)).hasValue("PUBLISH");
        assertThat(value(first, Property.LOCATION)).contains("Den Haag");
        int sequence = Integer.parseInt(value(first, Property.SEQUENCE));
        VEvent english = onlyEvent(TestCaller.as(OFFICER, () -> calendars.meetingIcs(start.id(), "en")));
        assertThat(parse(TestCaller.as(OFFICER, () -> calendars.meetingIcs(start.id(), "en")))
                .getProperty("X-WR-CALNAME")).as("one meeting's file is an event to add, no calendar").isEmpty();
        assertThat(parse(TestCaller.as(OFFICER, () -> calendars.meetingIcs(start.id(), "en")))
                .getProperty(Property.METHOD).map(Property::getValue)).as("to read, no invitation").hasValue("PUBLISH");
        assertThat(value(english, Property.SUMMARY)).as("in the language asked for")
                .isEqualTo(series.title() + ": Startbijeenkomst (provisional)");
        assertThat(value(english, Property.DESCRIPTION)).startsWith("Programme and registration: ");
        assertThat(value(onlyEvent(TestCaller.as(OFFICER, () -> calendars.meetingIcs(start.id(), "fr"))),
                Property.SUMMARY)).as("another language: the caller's own").endsWith("(onder voorbehoud)");

        MeetingView online = TestCaller.as(COORDINATOR, () -> planning.moveOnline(start.id(), provisional.version(),
                MeetingFormat.ONLINE, "https://meet.example/kalender-" + start.id()));
        VEvent moved = onlyEvent(calendars.feed(link.token()).orElseThrow());
        assertThat(value(moved, Property.UID)).isEqualTo(uid);
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isGreaterThan(sequence);
        assertThat(value(moved, Property.STATUS)).as("online, its date is no firmer").isEqualTo("TENTATIVE");
        assertThat(value(moved, Property.LOCATION)).isEqualTo("https://meet.example/kalender-" + start.id());

        // a status is among what a calendar takes over only from a higher sequence (RFC 5545, 3.8.7.4)
        MeetingView confirmed = TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(), online.version(),
                MeetingStatus.CONFIRMED));
        VEvent firm = onlyEvent(calendars.feed(link.token()).orElseThrow());
        assertThat(value(firm, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(Integer.parseInt(value(firm, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(moved, Property.SEQUENCE)));
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(), confirmed.version(), MeetingStatus.CANCELLED));
        String ics = TestCaller.as(OFFICER, () -> calendars.meetingIcs(start.id()));
        assertOneStampPerEvent(ics);
        VEvent cancelled = onlyEvent(ics);
        assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SUMMARY)).as("said where a calendar ignoring the status shows it")
                .isEqualTo("Afgelast: " + series.title() + ": Startbijeenkomst");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(firm, Property.SEQUENCE)));
    }

    @Test
    void anAddressTypedWithAnyKindOfLineBreakIsOneLineAndOneLocationInTheCalendar() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView start = series.meetings().get(0);
        MeetingDetails seed = startMeeting(start, 30);
        MeetingDetails broken = new MeetingDetails(seed.title(), seed.themes(), seed.format(), seed.venueName(),
                "Zuid-Hollandplein 1\rEND:VEVENT\r\nBEGIN:VEVENT\rSUMMARY:Vals", seed.venueCity(), null,
                seed.startsAt(), seed.endsAt(), 30, null, List.of(), seed.version());
        MeetingView planned = TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), broken).meeting());
        // one line, as the form's field shows it and saves it again: its lines apart by commas
        assertThat(planned.venueAddress()).isEqualTo("Zuid-Hollandplein 1, END:VEVENT, BEGIN:VEVENT, SUMMARY:Vals");
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(), planned.version(), MeetingStatus.CONFIRMED));

        String ics = TestCaller.as(OFFICER, () -> calendars.meetingIcs(start.id()));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(
                line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(value(onlyEvent(ics), Property.LOCATION)).contains("Zuid-Hollandplein 1, END:VEVENT");
        assertThat(value(onlyEvent(ics), Property.SUMMARY)).isEqualTo(series.title() + ": Startbijeenkomst");
    }

    @Test
    void aRevokedOrForgedTokenFindsNothingAndOnlyParticipantsSubscribe() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        CalendarFeedLink first = TestCaller.as(OFFICER, () -> calendars.subscribe(series.id()));
        assertThat(parse(calendars.feed(first.token()).orElseThrow()).getComponents()).as("drafts are not announced")
                .isEmpty();
        CalendarFeedLink second = TestCaller.as(OFFICER, () -> calendars.subscribe(series.id()));
        assertThat(calendars.feed(first.token())).as("a new feed revokes the old").isEmpty();
        assertThat(calendars.feed(second.token())).isPresent();
        String forged = second.token().substring(0, 42) + (second.token().charAt(42) == 'A' ? 'B' : 'A');
        for (String bad : new String[] {forged, "", "../etc/passwd", null, second.token() + "x"}) {
            assertThat(calendars.feed(bad)).isEmpty();
        }
        TestCaller.as(OFFICER, () -> calendars.revoke(series.id()));
        assertThat(calendars.feed(second.token())).isEmpty();

        AccountView leiden = fixture.account(Role.OFFICER, LEIDEN, "nl");
        TestCaller.as(leiden.email(), () -> assertThatThrownBy(() -> calendars.subscribe(series.id()))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> calendars.meetingIcs(
                series.meetings().get(1).id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.calendar.not-announced")));
    }

    @Test
    void aFeedFindsNothingOnceItsOwnerIsDeactivatedNorAfterTheAccountIsReactivated() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        AccountView reader = fixture.account(Role.AUDITOR, null, "nl");
        CalendarFeedLink link = TestCaller.as(reader.email(), () -> calendars.subscribe(series.id()));
        assertThat(calendars.feed(link.token())).isPresent();
        TestCaller.as(COORDINATOR, () -> administration.deactivate(reader.id()));
        assertThat(calendars.feed(link.token())).as("the feed of a deactivated account").isEmpty();
        TestCaller.as(COORDINATOR, () -> administration.reactivate(reader.id()));
        assertThat(calendars.feed(link.token())).as("an address that may have leaked meanwhile").isEmpty();
    }

    /** RFC 5545 gives an event one DTSTAMP; a second makes strict readers refuse the file. */
    private static void assertOneStampPerEvent(String ics) {
        List<String> events = java.util.Arrays.stream(ics.split("BEGIN:VEVENT")).skip(1)
                .map(e -> e.substring(0, e.indexOf("END:VEVENT"))).toList();
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.lines()
                .filter(line -> line.startsWith("DTSTAMP")).count()).as(event).isEqualTo(1));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(String ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}

package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.DEN_HAAG;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.LEIDEN;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.OFFICER;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.WESTLAND;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.startMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.sessions.api.SlotProposal;
import nl.arbeidsmigratie.regie.sessions.boundary.ParticipationReconciliation;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions following registration's events on Payara Micro and PostgreSQL: a newly confirmed municipality is
 * invited to the open poll, a withdrawn one's registrations lapse and its places go to the waiting list, and a
 * reconciliation afterwards changes nothing more.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipationIT {

    private static final Duration MAIL = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(ParticipationIT.class);
    }

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    DatePolls polls;

    @Inject
    Enrolments enrolments;

    @Inject
    SessionsFixture fixture;

    @Inject
    ParticipationReconciliation reconciliation;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Test
    void aNewlyConfirmedMunicipalityIsInvitedToTheOpenPollOnce() throws Exception {
        EditionView edition = fixture.circle(Map.of(WESTLAND, Set.of(LearningGoal.NUMBERS)));
        MeetingSeriesView series = TestCaller.as(COORDINATOR, () -> planning.createSeries(edition.id(), null, 30));
        LocalDateTime day = LocalDateTime.now(DutchTime.ZONE).plusDays(30).truncatedTo(ChronoUnit.DAYS);
        DatePollView poll = TestCaller.as(COORDINATOR, () -> polls.open(series.meetings().get(1).id(),
                List.of(new SlotProposal(day.withHour(13), day.withHour(16))), day.minusDays(10)));
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), SessionsFixture.startMeeting(start, 30)));
        fixture.announce(start.id());

        EnrolmentView leiden = fixture.confirm(edition, LEIDEN, Set.of(LearningGoal.SUPPORT));
        // told of the meeting announced before it joined, as the circle was: a later change is then no first word
        assertThat(Mailbox.await(leiden.contactEmail(), "Bevestigd: Startbijeenkomst", MAIL).text())
                .contains("Het programma:", "De beleidsmedewerker van uw gemeente meldt deelnemers aan");
        String link = Mailbox.await(leiden.contactEmail(), "Prik een datum: Bijeenkomst 2", MAIL)
                .link("/date-poll.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(polls.pollByLink(token).id()).isEqualTo(poll.id());
        assertThat(TestCaller.as(COORDINATOR, () -> polls.poll(poll.id())).invited()).isGreaterThan(poll.invited());

        int invited = TestCaller.as(COORDINATOR, () -> polls.poll(poll.id())).invited();
        TestCaller.as(COORDINATOR, () -> planning.reconcile(series.id()));
        assertThat(TestCaller.as(COORDINATOR, () -> polls.poll(poll.id())).invited()).as("nothing twice")
                .isEqualTo(invited);
        assertThat(Sql.strings(dataSource, "select count(*) from platform.outbox_mail where dedup_key like 'meeting:"
                + start.id() + ":confirmed:%' and recipient = '" + leiden.contactEmail() + "'")).containsExactly("1");
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> planning.reconcile(series.id()))
                .isInstanceOf(AccessRefusedException.class));

        // withdrawn, Leiden's personal links open nothing
        EnrolmentView left = TestCaller.as(COORDINATOR, () -> enrolments.withdraw(leiden.id(), leiden.version()));
        assertThatThrownBy(() -> polls.pollByLink(token)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.link.unknown"));
        assertThat(left.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        // nor is Leiden told that the poll it can no longer open closes with its meeting
        long meeting = series.meetings().get(1).id();
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(meeting, planning.meeting(meeting).version(),
                MeetingStatus.CANCELLED));
        assertThat(Sql.strings(dataSource, "select recipient from platform.outbox_mail where dedup_key like 'meeting:"
                + meeting + ":poll-cancelled:%'")).as("Westland is").isNotEmpty()
                .doesNotContain(leiden.contactEmail());
    }

    @Test
    void aWithdrawnMunicipalitysRegistrationsLapseAndTheWaitingListMovesUp() throws Exception {
        Circle circle = withDenHaag(2);
        EnrolmentView denHaag = circle.denHaag();
        MeetingSeriesView series = circle.series();
        MeetingView start = circle.start();
        RegistrationView haag1 = register(start.id(), DEN_HAAG, "Haag Een");
        RegistrationView haag2 = register(start.id(), DEN_HAAG, "Haag Twee");
        RegistrationView westland = register(start.id(), WESTLAND, "Westland Wacht");
        assertThat(westland.status()).isEqualTo(RegistrationStatus.WAITING_LIST);

        TestCaller.as(COORDINATOR, () -> enrolments.withdraw(denHaag.id(), denHaag.version()));

        List<RegistrationView> after = TestCaller.as(COORDINATOR, () -> registrations.participants(start.id()));
        assertThat(after).extracting(RegistrationView::name, RegistrationView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Haag Een", RegistrationStatus.CANCELLED),
                org.assertj.core.groups.Tuple.tuple("Haag Twee", RegistrationStatus.CANCELLED),
                org.assertj.core.groups.Tuple.tuple("Westland Wacht", RegistrationStatus.REGISTERED));
        assertThat(Mailbox.await(haag1.email(), "Aanmelding vervallen: Startbijeenkomst", MAIL)).isNotNull();
        assertThat(Mailbox.await(westland.email(), "U hebt een plaats: Startbijeenkomst", MAIL)).isNotNull();
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> register(start.id(), DEN_HAAG, "Haag Drie"))
                .hasMessageContaining("takes no part"));

        TestCaller.as(COORDINATOR, () -> planning.reconcile(series.id()));
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(start.id()))).isEqualTo(after);
        assertThat(haag2.status()).as("it held a place before").isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void theStartupReconciliationRepairsAMissedReactionWithNoOneSignedInAndNothingConfigured() throws Exception {
        Circle circle = withDenHaag(30);
        EnrolmentView denHaag = circle.denHaag();
        MeetingView start = circle.start();
        RegistrationView haag = register(start.id(), DEN_HAAG, "Haag Gemist");
        TestCaller.as(COORDINATOR, () -> enrolments.withdraw(denHaag.id(), denHaag.version()));
        // the reaction undone, as if the process had stopped between registration's commit and sessions' reaction
        Sql.execute(dataSource, "update sessions.meeting_registration set status = 'REGISTERED', cancelled_at = null"
                + " where id = " + haag.id());
        assertThat(statusOf(start, haag)).isEqualTo(RegistrationStatus.REGISTERED);

        reconciliation.reconcileAll();

        assertThat(statusOf(start, haag)).isEqualTo(RegistrationStatus.CANCELLED);
        reconciliation.reconcileAll();
        assertThat(statusOf(start, haag)).as("nothing more the second time").isEqualTo(RegistrationStatus.CANCELLED);
    }

    /** Westland and Den Haag taking part, and the series' start meeting announced with {@code capacity} places. */
    private record Circle(EnrolmentView denHaag, MeetingSeriesView series, MeetingView start) {
    }

    private Circle withDenHaag(int capacity) throws Exception {
        EditionView edition = fixture.circle(Map.of(WESTLAND, Set.of(LearningGoal.NUMBERS)));
        EnrolmentView denHaag = fixture.confirm(edition, DEN_HAAG, Set.of(LearningGoal.NUMBERS));
        MeetingSeriesView series = TestCaller.as(COORDINATOR, () -> planning.createSeries(edition.id(), null,
                capacity));
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, capacity)));
        fixture.announce(start.id());
        return new Circle(denHaag, series, start);
    }

    private RegistrationStatus statusOf(MeetingView meeting, RegistrationView registration) throws Exception {
        return TestCaller.as(COORDINATOR, () -> registrations.participants(meeting.id())).stream()
                .filter(r -> r.id() == registration.id()).findFirst().orElseThrow().status();
    }

    private RegistrationView register(long meetingId, String code, String name) throws Exception {
        return TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(meetingId, code, name,
                name.replace(' ', '.').toLowerCase() + "-" + java.util.UUID.randomUUID() + "@sessions.example",
                null)));
    }
}

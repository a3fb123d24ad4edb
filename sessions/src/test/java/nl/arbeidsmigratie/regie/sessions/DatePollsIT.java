package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.DEN_HAAG;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.LEIDEN;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.ROTTERDAM;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.WESTLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;
import nl.arbeidsmigratie.regie.sessions.api.Availability;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSaved;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.PollGuest;
import nl.arbeidsmigratie.regie.sessions.api.PollResults;
import nl.arbeidsmigratie.regie.sessions.api.PollStatus;
import nl.arbeidsmigratie.regie.sessions.api.RespondentAnswers;
import nl.arbeidsmigratie.regie.sessions.api.SlotProposal;
import nl.arbeidsmigratie.regie.sessions.api.SlotResult;
import nl.arbeidsmigratie.regie.sessions.api.SlotView;
import nl.arbeidsmigratie.regie.sessions.boundary.PollReminders;
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
 * Date polls on Payara Micro and PostgreSQL: invitations with personal links, answers signed in and through a
 * link, the ranking, the deadline, fixing a slot, the one reminder, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class DatePollsIT {

    private static final Duration MAIL = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(DatePollsIT.class);
    }

    @Inject
    DatePolls polls;

    @Inject
    MeetingPlanning planning;

    @Inject
    PollReminders reminders;

    @Inject
    SessionsFixture fixture;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    /** A circle of three municipalities, their officers and Rotterdam's enrolment contact. */
    private record Circle(MeetingView meeting, AccountView westland, AccountView denHaag,
                          EnrolmentView rotterdam, long editionId, String seriesTitle, MeetingView next) {
    }

    private Circle circle() throws Exception {
        AccountView westland = fixture.account(Role.OFFICER, WESTLAND, "nl");
        AccountView denHaag = fixture.account(Role.OFFICER, DEN_HAAG, "en");
        EditionView edition = fixture.circle(Map.of(WESTLAND, Set.of(LearningGoal.NUMBERS), DEN_HAAG,
                Set.of(LearningGoal.NUMBERS)));
        EnrolmentView rotterdam = fixture.confirm(edition, ROTTERDAM, Set.of(LearningGoal.SUPPORT));
        MeetingSeriesView series = TestCaller.as(COORDINATOR, () -> planning.createSeries(edition.id(), null, 30));
        return new Circle(series.meetings().get(1), westland, denHaag, rotterdam, edition.id(), series.title(),
                series.meetings().get(2));
    }

    private static LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(DutchTime.ZONE).plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(hour);
    }

    private DatePollView threeSlots(MeetingView meeting, LocalDateTime deadline) throws Exception {
        return TestCaller.as(COORDINATOR, () -> polls.open(meeting.id(), List.of(
                new SlotProposal(inDays(20, 13), inDays(20, 16)),
                new SlotProposal(inDays(27, 13), inDays(27, 16)),
                new SlotProposal(inDays(34, 13), inDays(34, 16))), deadline));
    }

    @Test
    void threeMunicipalitiesAnswerAndTheSlotsRankByYesThenIfNeedBe() throws Exception {
        Circle circle = circle();
        DatePollView poll = threeSlots(circle.meeting(), inDays(10, 17));
        long a = poll.slots().get(0).id();
        long b = poll.slots().get(1).id();
        long c = poll.slots().get(2).id();
        assertThat(poll.status()).isEqualTo(PollStatus.OPEN);
        assertThat(poll.invited()).as("officers and enrolment contacts of the three").isGreaterThanOrEqualTo(5);

        TestCaller.as(circle.westland().email(), () -> polls.answer(poll.id(),
                Map.of(a, Availability.YES, b, Availability.IF_NEED_BE, c, Availability.NO)));
        TestCaller.as(circle.denHaag().email(), () -> assertThatThrownBy(() -> polls.answer(poll.id(),
                Map.of(a, Availability.NO))).as("an answer for one slot of three counts for none")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.answer.required")));
        // first a change of mind, then the answer that counts
        TestCaller.as(circle.denHaag().email(), () -> polls.answer(poll.id(),
                Map.of(a, Availability.NO, b, Availability.NO, c, Availability.NO)));
        DatePollView mine = TestCaller.as(circle.denHaag().email(), () -> polls.answer(poll.id(),
                Map.of(a, Availability.IF_NEED_BE, b, Availability.YES, c, Availability.NO)));
        assertThat(mine.ownAnswers()).containsEntry(a, Availability.IF_NEED_BE);
        // the edition's open polls as an officer's home page lists them: their own answers, none for an outsider
        assertThat(TestCaller.as(circle.westland().email(), () -> polls.openPollsOf(circle.editionId())))
                .singleElement().satisfies(open -> {
                    assertThat(open.id()).isEqualTo(poll.id());
                    assertThat(open.ownAnswers()).containsEntry(a, Availability.YES);
                });
        AccountView leiden = fixture.account(Role.OFFICER, LEIDEN, "nl");
        assertThat(TestCaller.as(leiden.email(), () -> polls.openPollsOf(circle.editionId()))).isEmpty();
        Mailbox.Mail invitation = Mailbox.await(circle.rotterdam().contactEmail(), "Prik een datum: Bijeenkomst 2", MAIL);
        // the proposals in the mail itself, each with its day and times, and the edition the meeting is of
        assertThat(invitation.text()).contains("De voorstellen:", "- ", ", 13:00–16:00",
                "Deze bijeenkomst hoort bij: " + circle.seriesTitle());
        assertThat(invitation.subject()).endsWith(" · " + circle.seriesTitle());
        String link = invitation.link("/date-poll.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(polls.pollByLink(token).id()).isEqualTo(poll.id());
        polls.answerByLink(token, Map.of(a, Availability.NO, b, Availability.YES, c, Availability.YES));

        PollResults results = TestCaller.as(COORDINATOR, () -> polls.results(poll.id()));
        assertThat(results.ranking()).extracting(r -> r.slot().id(), SlotResult::rank, SlotResult::yes,
                SlotResult::ifNeedBe, SlotResult::no).containsExactly(
                org.assertj.core.groups.Tuple.tuple(b, 1, 2, 1, 0),
                org.assertj.core.groups.Tuple.tuple(a, 2, 1, 1, 1),
                org.assertj.core.groups.Tuple.tuple(c, 3, 1, 0, 2));
        assertThat(results.answers()).extracting(RespondentAnswers::municipalityName)
                .as("in a Dutch list's order").containsExactly("Rotterdam", "'s-Gravenhage", "Westland");
        assertThat(results.answers()).allSatisfy(r -> assertThat(r.name()).isNotNull());
        PollResults seenByOfficer = TestCaller.as(circle.westland().email(), () -> polls.results(poll.id()));
        assertThat(seenByOfficer.ranking()).isEqualTo(results.ranking());
        assertThat(seenByOfficer.answers()).as("others' answers by municipality, without names")
                .allSatisfy(r -> assertThat(r.name()).isNull());
        assertThat(seenByOfficer.answers()).extracting(RespondentAnswers::number).as("one each").containsOnly(0);
        assertThat(polls.resultsByLink(token).answers()).hasSize(3);
        assertThat(polls.resultsByLink(token).answeringAs()).as("who the link answers for")
                .isEqualTo(circle.rotterdam().contactName() + ", " + circle.rotterdam().municipalityName());
        assertThat(seenByOfficer.answeringAs()).as("an invited officer signed in").endsWith(", Westland");
        assertThat(TestCaller.as(COORDINATOR, () -> polls.results(poll.id())).answeringAs()).as("not invited").isNull();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> polls.results(poll.id())).ranking()).hasSize(3);
    }

    @Test
    void twoPeopleOfOneMunicipalityAnsweringAreToldApartWithoutTheirNames() throws Exception {
        Circle circle = circle();
        AccountView colleague = fixture.account(Role.OFFICER, WESTLAND, "nl");
        DatePollView poll = threeSlots(circle.meeting(), inDays(10, 17));
        Map<Long, Availability> yes = new HashMap<>();
        poll.slots().forEach(slot -> yes.put(slot.id(), Availability.YES));
        TestCaller.as(circle.westland().email(), () -> polls.answer(poll.id(), yes));
        TestCaller.as(colleague.email(), () -> polls.answer(poll.id(), yes));
        TestCaller.as(circle.denHaag().email(), () -> polls.answer(poll.id(), yes));

        PollResults seenByOfficer = TestCaller.as(circle.denHaag().email(), () -> polls.results(poll.id()));
        assertThat(seenByOfficer.answers()).extracting(RespondentAnswers::municipalityName, RespondentAnswers::name,
                RespondentAnswers::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("'s-Gravenhage", null, 0),
                org.assertj.core.groups.Tuple.tuple("Westland", null, 1),
                org.assertj.core.groups.Tuple.tuple("Westland", null, 2));
    }

    @Test
    void fixingASlotDatesAndConfirmsTheMeetingClosesThePollAndMailsEveryone() throws Exception {
        Circle circle = circle();
        DatePollView poll = threeSlots(circle.meeting(), inDays(10, 17));
        Circle second = circle();
        DatePollView other = threeSlots(second.meeting(), inDays(10, 17));
        SlotView chosen = poll.slots().get(1);
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> polls.fix(poll.id(), other.slots().get(0).id()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.slot.foreign"));
            assertThat(polls.poll(poll.id()).status()).isEqualTo(PollStatus.OPEN);
        });
        TestCaller.as(circle.westland().email(), () -> assertThatThrownBy(() -> polls.fix(poll.id(), chosen.id()))
                .isInstanceOf(AccessRefusedException.class));
        // a meeting without a theme or a venue gets the date, but is not announced until it has them
        MeetingView bare = TestCaller.as(COORDINATOR, () -> polls.fix(other.id(), other.slots().get(0).id()))
                .meeting();
        assertThat(bare.status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(bare.startsAt()).isEqualTo(other.slots().get(0).startsAt());
        assertThat(Mailbox.await(second.denHaag().email(), "Date fixed: Bijeenkomst 2", MAIL).text())
                .as("a venue not chosen yet is said to follow").contains("(venue to follow)");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.changeStatus(bare.id(), bare.version(),
                MeetingStatus.CONFIRMED)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                .extracting(InvalidInputException::messageKey).containsExactly("error.sessions.meeting.incomplete",
                        "error.sessions.meeting.themes.required", "error.sessions.meeting.venue.required")));
        // described and confirmed, it is announced to everyone taking part, with the page to register on and, as it
        // is hybrid, the link to join online
        TestCaller.as(COORDINATOR, () -> {
            MeetingDetails d = SessionsFixture.startMeeting(planning.meeting(bare.id()), 30);
            return planning.describe(bare.id(), new MeetingDetails(d.title(), d.themes(), MeetingFormat.HYBRID,
                    d.venueName(), d.venueAddress(), d.venueCity(), "https://vergaderen.example/leerkring-hybride",
                    inDays(40, 13), inDays(40, 13).plusHours(3), 30, null, List.of(new AgendaItem(LocalTime.of(13, 0),
                    LocalTime.of(13, 30), "Welkom", "de gedeputeerde", null)), d.version()));
        });
        MeetingView ready = TestCaller.as(COORDINATOR, () -> planning.meeting(bare.id()));
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(ready.id(), ready.version(), MeetingStatus.CONFIRMED));
        assertThat(Mailbox.await(second.denHaag().email(), "Confirmed: ", MAIL).text())
                .contains("takes place on").contains("/app/sessions/meeting.xhtml?id=" + bare.id())
                .contains("Join online: https://vergaderen.example/leerkring-hybride");
        assertThat(Mailbox.await(second.westland().email(), "Bevestigd: ", MAIL).text())
                .contains("Het programma:", "- 13:00–13:30 Welkom (de gedeputeerde)",
                        "U meldt deelnemers van uw gemeente aan op de pagina van de bijeenkomst", "/circle.xhtml?edition=")
                .contains("Online deelnemen: https://vergaderen.example/leerkring-hybride");
        completed(circle.meeting());

        String guest = "spreker-" + poll.id() + "@sessions.example";
        TestCaller.as(COORDINATOR, () -> polls.inviteGuest(poll.id(), "Spreker", guest, "en"));
        MeetingView fixed = TestCaller.as(COORDINATOR, () -> polls.fix(poll.id(), chosen.id())).meeting();
        assertThat(fixed.startsAt()).isEqualTo(chosen.startsAt());
        assertThat(fixed.endsAt()).isEqualTo(chosen.endsAt());
        assertThat(fixed.status()).isEqualTo(MeetingStatus.CONFIRMED);
        DatePollView closed = TestCaller.as(COORDINATOR, () -> polls.poll(poll.id()));
        assertThat(closed.status()).isEqualTo(PollStatus.CLOSED);
        assertThat(closed.fixedSlotId()).isEqualTo(chosen.id());
        // confirmed by its date, the meeting is announced to the circle as confirming it would: where to register
        assertThat(Mailbox.await(circle.denHaag().email(), "Confirmed: Bijeenkomst 2", MAIL).text())
                .contains("takes place on", "/app/sessions/meeting.xhtml?id=" + fixed.id(), "/circle.xhtml?edition=");
        assertThat(Mailbox.await(circle.rotterdam().contactEmail(), "Bevestigd: Bijeenkomst 2", MAIL).text())
                .contains("Het programma:");
        TestCaller.as(circle.westland().email(), () -> assertThatThrownBy(() -> polls.answer(poll.id(),
                Map.of(chosen.id(), Availability.YES))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.closed")));
        // the date everyone was told stands: no new poll while the meeting is confirmed
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> threeSlots(fixed, inDays(20, 17)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.meeting-confirmed")));
        // the guest the poll told the date (a speaker, with no registration) hears of its move and its cancellation
        assertThat(Mailbox.await(guest, "Date fixed: Bijeenkomst 2", MAIL).attachments()).isNotEmpty();
        TestCaller.as(COORDINATOR, () -> {
            MeetingView now = planning.meeting(fixed.id());
            MeetingDetails d = SessionsFixture.startMeeting(now, 30);
            return planning.describe(fixed.id(), new MeetingDetails(now.title(), d.themes(), d.format(), d.venueName(),
                    d.venueAddress(), d.venueCity(), d.onlineLink(), inDays(30, 13), inDays(30, 13).plusHours(3),
                    d.capacity(), null, d.agenda(), d.version()));
        });
        Mailbox.Mail moved = Mailbox.await(guest, "New date: Bijeenkomst 2", MAIL);
        assertThat(moved.text()).contains("as a guest").doesNotContain("registration");
        assertThat(moved.attachments().values()).singleElement().satisfies(ics -> assertThat(ics.content())
                .contains("SEQUENCE:"));
        MeetingView moving = TestCaller.as(COORDINATOR, () -> planning.meeting(fixed.id()));
        TestCaller.as(COORDINATOR, () -> assertThat(planning.cancellationAudience(moving.id()))
                .as("the guest counts among those told").isEqualTo(planning.audience(moving.id())));
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(moving.id(), moving.version(), MeetingStatus.CANCELLED));
        assertThat(Mailbox.await(guest, "Cancelled: Bijeenkomst 2", MAIL).attachments().values()).singleElement()
                .satisfies(ics -> assertThat(ics.content()).contains("STATUS:CANCELLED"));
    }

    @Test
    void aSlotAtTheTimeOfAnotherMeetingOfTheSeriesSaysSoAndFixingItNamesThatMeeting() throws Exception {
        Circle circle = circle();
        MeetingView other = describedAt(circle.next(), inDays(27, 15)).meeting();
        DatePollView poll = threeSlots(circle.meeting(), inDays(10, 17));
        PollResults results = TestCaller.as(COORDINATOR, () -> polls.results(poll.id()));
        assertThat(results.ranking()).filteredOn(r -> r.slot().startsAt().equals(inDays(27, 13)))
                .singleElement().satisfies(r -> assertThat(r.overlapping()).containsExactly(other.title()));
        assertThat(results.ranking()).filteredOn(r -> !r.slot().startsAt().equals(inDays(27, 13)))
                .allSatisfy(r -> assertThat(r.overlapping()).isEmpty());

        MeetingSaved fixed = TestCaller.as(COORDINATOR, () -> polls.fix(poll.id(), poll.slots().get(1).id()));
        assertThat(fixed.meeting().startsAt()).isEqualTo(inDays(27, 13));
        assertThat(fixed.overlapping()).extracting(MeetingView::id).containsExactly(circle.next().id());
        assertThat(fixed.hasWarnings()).isTrue();
    }

    @Test
    void aPollEndsWhenItsMeetingIsDatedByHandHeldOrCancelledAndTakesNoAnswersOrGuestsAfter() throws Exception {
        Circle byHand = circle();
        DatePollView dated = threeSlots(byHand.meeting(), inDays(10, 17));
        assertThat(describedAt(byHand.meeting(), inDays(40, 13)).pollEnded()).as("the coordinator is told").isTrue();
        assertEnded(dated, byHand);

        Circle cancelled = circle();
        DatePollView ofCancelled = threeSlots(cancelled.meeting(), inDays(10, 17));
        String guest = "gast-" + UUID.randomUUID() + "@example.org";
        TestCaller.as(COORDINATOR, () -> polls.inviteGuest(ofCancelled.id(), "Gast", guest, "nl"));
        assertThat(TestCaller.as(COORDINATOR, () -> planning.cancellationAudience(cancelled.meeting().id())))
                .as("everyone the poll asked, the guest too").isEqualTo(ofCancelled.invited() + 1);
        changeStatus(cancelled.meeting(), MeetingStatus.CANCELLED);
        assertEnded(ofCancelled, cancelled);
        assertThat(TestCaller.as(COORDINATOR, () -> polls.poll(ofCancelled.id()).meetingCancelled()))
                .as("said on the poll, whose moments are no longer to keep free").isTrue();
        assertThat(ofCancelled.meetingCancelled()).isFalse();
        assertThat(Mailbox.await(cancelled.denHaag().email(), "Cancelled: Bijeenkomst 2", MAIL).text())
                .contains("the date poll you were invited to is closed");
        assertThat(Mailbox.await(guest, "Afgelast: Bijeenkomst 2", MAIL).text()).contains("datumprikker");

        Circle held = circle();
        describedAt(held.meeting(), inDays(-1, 13));
        DatePollView ofHeld = threeSlots(held.meeting(), inDays(10, 17));
        changeStatus(held.meeting(), MeetingStatus.HELD);
        assertEnded(ofHeld, held);
    }

    @Test
    void aPollStaysOpenWhenItsMeetingChangesButNotItsDate() throws Exception {
        Circle circle = circle();
        describedAt(circle.meeting(), inDays(40, 13));
        DatePollView poll = threeSlots(circle.meeting(), inDays(10, 17));
        assertThat(describedAt(circle.meeting(), inDays(40, 13)).pollEnded()).isFalse();
        assertThat(TestCaller.as(COORDINATOR, () -> polls.openPollOf(circle.meeting().id())))
                .hasValueSatisfying(open -> assertThat(open.id()).isEqualTo(poll.id()));
    }

    /** The meeting given the start meeting's theme and venue, still without a date. */
    private void completed(MeetingView meeting) throws Exception {
        TestCaller.as(COORDINATOR, () -> {
            MeetingView m = planning.meeting(meeting.id());
            MeetingDetails d = SessionsFixture.startMeeting(m, 30);
            return planning.describe(meeting.id(), new MeetingDetails(m.title(), d.themes(), d.format(),
                    d.venueName(), d.venueAddress(), d.venueCity(), null, null, null, 30, null, List.of(),
                    d.version()));
        });
    }

    /** The meeting described as the start meeting, three hours from {@code startsAt}. */
    private MeetingSaved describedAt(MeetingView meeting, LocalDateTime startsAt) throws Exception {
        return TestCaller.as(COORDINATOR, () -> {
            MeetingDetails d = SessionsFixture.startMeeting(planning.meeting(meeting.id()), 30);
            return planning.describe(meeting.id(), new MeetingDetails(d.title(), d.themes(), d.format(),
                    d.venueName(), d.venueAddress(), d.venueCity(), null, startsAt, startsAt.plusHours(3), 30, null,
                    List.of(), d.version()));
        });
    }

    private void changeStatus(MeetingView meeting, MeetingStatus status) throws Exception {
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(meeting.id(), planning.meeting(meeting.id()).version(),
                status));
    }

    /** Closed without a fixed slot, no longer the meeting's open poll, and refusing answers and guests. */
    private void assertEnded(DatePollView poll, Circle circle) throws Exception {
        long slot = poll.slots().get(0).id();
        TestCaller.as(COORDINATOR, () -> {
            DatePollView now = polls.poll(poll.id());
            assertThat(now.status()).isEqualTo(PollStatus.CLOSED);
            assertThat(now.fixedSlotId()).isNull();
            assertThat(polls.openPollOf(circle.meeting().id())).as("no poll open for the meeting").isEmpty();
            assertThat(polls.latestPollOf(circle.meeting().id())).as("its answers stay to be read")
                    .hasValueSatisfying(latest -> assertThat(latest.id()).isEqualTo(poll.id()));
            assertThat(polls.openPollsOf(circle.editionId())).isEmpty();
            assertThatThrownBy(() -> polls.inviteGuest(poll.id(), "Gast", "laat-" + poll.id() + "@sessions.example",
                    "nl")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.closed"));
            assertThat(polls.guests(poll.id())).extracting(PollGuest::email)
                    .doesNotContain("laat-" + poll.id() + "@sessions.example");
        });
        TestCaller.as(circle.westland().email(), () -> assertThatThrownBy(() -> polls.answer(poll.id(),
                Map.of(slot, Availability.YES))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.closed")));
    }

    @Test
    void badSlotsAndLateAnswersAreRefusedAndGuestsReachOnlyTheirPoll() throws Exception {
        Circle circle = circle();
        MeetingView meeting = circle.meeting();
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(-1, 13),
                    inDays(-1, 16))), inDays(5, 12))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.slot.past"));
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(20, 16),
                    inDays(20, 13))), inDays(5, 12))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.times.order"));
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(20, 13),
                    inDays(20, 16)), new SlotProposal(inDays(11 * 366, 13), inDays(11 * 366, 16))), inDays(5, 12)))
                    .as("a moment more than ten years ahead").isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.date.too-late"));
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(20, 13),
                    inDays(20, 16))), inDays(25, 12))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.deadline.after-slot"));
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(20, 13),
                    inDays(20, 16)), new SlotProposal(inDays(20, 13), inDays(20, 16))), inDays(5, 12)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.slots.twice"));
            // every refusal at once, each slot's at the time to correct
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(-1, 13),
                    inDays(-1, 16)), new SlotProposal(inDays(-2, 13), inDays(-2, 16)),
                    new SlotProposal(inDays(20, 13), inDays(20, 16)), new SlotProposal(inDays(21, 16),
                    inDays(21, 13)), new SlotProposal(inDays(22, 13), null)), inDays(-3, 12)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                            .extracting(InvalidInputException::field, InvalidInputException::messageKey).containsExactly(
                                    tuple("deadline", "error.sessions.poll.deadline.past"),
                                    tuple("slots.0.startsAt", "error.sessions.poll.slot.past"),
                                    tuple("slots.1.startsAt", "error.sessions.poll.slot.past"),
                                    tuple("slots.3.endsAt", "error.sessions.meeting.times.order"),
                                    tuple("slots.4.endsAt", "error.sessions.poll.slot.times")));
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(-1, 13),
                    inDays(-1, 16)), new SlotProposal(inDays(20, 13), inDays(20, 16))), inDays(25, 12)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                            .extracting(InvalidInputException::messageKey).containsExactly(
                                    "error.sessions.poll.slot.past", "error.sessions.poll.deadline.after-slot"));
            // a deadline before every slot still to come is no fault because a slot in the past lies before it
            assertThatThrownBy(() -> polls.open(meeting.id(), List.of(new SlotProposal(inDays(-1, 13),
                    inDays(-1, 16)), new SlotProposal(inDays(20, 13), inDays(20, 16))), inDays(10, 12)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                            .extracting(InvalidInputException::messageKey)
                            .containsExactly("error.sessions.poll.slot.past"));
            assertThat(polls.openPollOf(meeting.id())).as("nothing opened").isEmpty();
        });
        DatePollView poll = threeSlots(meeting, inDays(10, 17));
        long first = poll.slots().get(0).id();
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> polls.answer(poll.id(), Map.of(first, Availability.YES)))
                    .as("coordinators do not answer").isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> threeSlots(meeting, inDays(10, 17)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.open-already"));
        });
        AccountView leiden = fixture.account(Role.OFFICER, LEIDEN, "nl");
        TestCaller.as(leiden.email(), () -> assertThatThrownBy(() -> polls.answer(poll.id(),
                Map.of(first, Availability.YES))).as("not a participant").isInstanceOf(AccessRefusedException.class));
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThatThrownBy(() -> polls.answer(poll.id(),
                Map.of(first, Availability.YES))).isInstanceOf(AccessRefusedException.class));

        String guest = "gastspreker-" + poll.id() + "@sessions.example";
        TestCaller.as(COORDINATOR, () -> {
            assertThat(polls.inviteGuest(poll.id(), "Gastspreker", guest, "nl")).satisfies(g -> {
                assertThat(g.email()).isEqualTo(guest);
                assertThat(g.answered()).isFalse();
            });
            for (String[] bad : new String[][] {{"Gast", "geen-adres", "nl", "error.email.invalid"},
                    {"Gast", guest, "nl", "error.sessions.poll.invited-already"},
                    {"Gast", "ander-" + guest, "fr", "error.language.unknown"},
                    {" ", "ander-" + guest, "nl", "error.sessions.registration.name.required"},
                    {"Gast\r\nBcc: victim@evil.example", "ander-" + guest, "nl", "error.text.line-break"}}) {
                assertThatThrownBy(() -> polls.inviteGuest(poll.id(), bad[0], bad[1], bad[2]))
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.messageKey()).isEqualTo(bad[3]));
            }
        });
        TestCaller.as(circle.westland().email(), () -> {
            assertThatThrownBy(() -> polls.inviteGuest(poll.id(), "Gast", "ander-" + guest, "nl"))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> polls.guests(poll.id())).as("officers see no guests' addresses")
                    .isInstanceOf(AccessRefusedException.class);
        });
        String link = Mailbox.await(guest, "Prik een datum", MAIL).link("/date-poll.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        DatePollView other = threeSlots(circle().meeting(), inDays(10, 17));
        assertThatThrownBy(() -> polls.answerByLink(token, Map.of(other.slots().get(0).id(), Availability.YES)))
                .as("a guest's link reaches one poll").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.slot.foreign"));
        String forged = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
        for (String bad : new String[] {forged, "", "x", null}) {
            assertThatThrownBy(() -> polls.pollByLink(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.link.unknown"));
        }
        assertThat(polls.answerByLink(token, Map.of(first, Availability.IF_NEED_BE, poll.slots().get(1).id(),
                Availability.NO, poll.slots().get(2).id(), Availability.NO)).ownAnswers())
                .containsEntry(first, Availability.IF_NEED_BE);
        TestCaller.as(DEMO_AUDITOR.email(), () -> assertThat(polls.guests(poll.id())).singleElement()
                .satisfies(g -> assertThat(g.answered()).isTrue()));

        // an invitation mailed to the wrong person is taken back: the link opens nothing, its answers count no longer
        String wrong = "verkeerd-" + guest;
        PollGuest mistaken = TestCaller.as(COORDINATOR, () -> polls.inviteGuest(poll.id(), "Verkeerde gast", wrong,
                "nl"));
        String wrongLink = Mailbox.await(wrong, "Prik een datum", MAIL).link("/date-poll.xhtml?token=");
        String wrongToken = wrongLink.substring(wrongLink.indexOf("token=") + 6);
        polls.answerByLink(wrongToken, Map.of(first, Availability.YES, poll.slots().get(1).id(), Availability.YES,
                poll.slots().get(2).id(), Availability.YES));
        TestCaller.as(circle.westland().email(), () -> assertThatThrownBy(() -> polls.withdrawGuest(poll.id(),
                mistaken.id())).isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> {
            polls.withdrawGuest(poll.id(), mistaken.id());
            assertThatThrownBy(() -> polls.withdrawGuest(poll.id(), mistaken.id()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.guest.unknown"));
            assertThat(polls.guests(poll.id())).extracting(PollGuest::email).containsExactly(guest);
            return null;
        });
        assertThatThrownBy(() -> polls.pollByLink(wrongToken)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.link.unknown"));
        assertThat(polls.resultsByLink(token).answers()).filteredOn(RespondentAnswers::guest)
                .as("the withdrawn guest's answers are gone").hasSize(1);

        Sql.execute(dataSource, "update sessions.date_poll set deadline = now() - interval '1 minute' where id = "
                + poll.id());
        assertThatThrownBy(() -> polls.answerByLink(token, Map.of(first, Availability.NO)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.closed"));
        TestCaller.as(circle.westland().email(), () -> assertThatThrownBy(() -> polls.answer(poll.id(),
                Map.of(first, Availability.YES))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.poll.closed")));
        assertThat(polls.pollByLink(token).ownAnswers()).as("the answer before the deadline stands")
                .containsEntry(first, Availability.IF_NEED_BE);
    }

    @Test
    void oneReminderBeforeTheDeadlineGoesToThoseWhoHaveNotAnswered() throws Exception {
        Circle circle = circle();
        DatePollView poll = threeSlots(circle.meeting(), LocalDateTime.now(DutchTime.ZONE).plusHours(30));
        TestCaller.as(circle.westland().email(), () -> polls.answer(poll.id(), Map.of(poll.slots().get(0).id(),
                Availability.YES, poll.slots().get(1).id(), Availability.NO, poll.slots().get(2).id(), Availability.NO)));

        assertThat(reminders.remindNow()).isPositive();
        assertThat(reminders.remindNow()).as("once").isZero();
        String link = Mailbox.await(circle.denHaag().email(), "Reminder: pick a date for Bijeenkomst 2", MAIL)
                .link("/date-poll.xhtml?token=");
        assertThat(polls.pollByLink(link.substring(link.indexOf("token=") + 6)).id()).isEqualTo(poll.id());
        assertThat(Mailbox.of(circle.westland().email())).extracting(Mailbox.Mail::subject)
                .noneMatch(s -> s.contains("Herinnering"));
    }
}

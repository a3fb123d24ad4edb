package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.COORDINATOR;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.DEN_HAAG;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.LEIDEN;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.OFFICER;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.ROTTERDAM;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.WESTLAND;
import static nl.arbeidsmigratie.regie.sessions.SessionsFixture.startMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.AuditReview;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingKind;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSaved;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.ThemeSuggestion;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Planning the circle's meetings on Payara Micro and PostgreSQL: the series of four, information sessions, a
 * meeting's place and time with its refusals, overlaps as a warning, theme suggestions from the confirmed
 * municipalities' learning goals, and moving a meeting online with a mail to everyone registered.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingPlanningIT {

    private static final Duration MAIL = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(MeetingPlanningIT.class);
    }

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    AccountAdministration administration;

    @Inject
    SessionsFixture fixture;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    AuditReview auditReview;

    @Test
    void meetingsNotYetNamedAreNamedInTheLanguageOfTheCoordinatorWhoPlansThemAndASeriesKeepsItsLanguage()
            throws Exception {
        AccountView english = fixture.account(Role.COORDINATOR, null, "en");
        EditionView edition = fixture.circle(Map.of(WESTLAND, Set.of(LearningGoal.NUMBERS)));
        MeetingSeriesView series = TestCaller.as(english.email(), () -> planning.createSeries(edition.id(), null, 20));
        assertThat(series.meetings()).extracting(MeetingView::title)
                .containsExactly("Kick-off meeting", "Meeting 2", "Meeting 3", "Meeting 4");
        assertThat(TestCaller.as(english.email(), () -> planning.addMeeting(series.id(), true, null, 20)).title())
                .isEqualTo("Information session");
        assertThat(TestCaller.as(COORDINATOR, () -> planning.addMeeting(series.id(), false, null, 20)).title())
                .as("a Dutch coordinator adding to an English series").isEqualTo("Meeting 5");
        EditionView dutch = fixture.circle(Map.of(WESTLAND, Set.of(LearningGoal.NUMBERS)));
        MeetingSeriesView dutchSeries = TestCaller.as(COORDINATOR, () -> planning.createSeries(dutch.id(), null, 20));
        assertThat(TestCaller.as(english.email(), () -> planning.addMeeting(dutchSeries.id(), false, null, 20)).title())
                .isEqualTo("Bijeenkomst 5");
    }

    @Test
    void aNewerEditionTakingEnrolmentsLeavesTheMeetingsComingNextInSight() throws Exception {
        MeetingSeriesView running = fixture.series(30);
        MeetingView start = running.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, 30)));
        // sooner than any other test's meeting: the next one ahead of all
        fixture.redate(start.id(), LocalDateTime.now(DutchTime.ZONE).plusHours(2).truncatedTo(ChronoUnit.MINUTES));
        fixture.announce(start.id());

        MeetingSeriesView newer = fixture.series(30);
        assertThat(TestCaller.as(OFFICER, () -> editions.current()).map(EditionView::id).orElseThrow())
                .as("the edition taking enrolments").isNotEqualTo(running.editionId());
        assertThat(TestCaller.as(OFFICER, () -> planning.editionOfNextMeeting())).hasValue(running.editionId());

        // the newer edition's first meeting (an information session, say) comes before the running one's next
        MeetingView first = newer.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(first.id(), startMeeting(first, 30)));
        fixture.redate(first.id(), LocalDateTime.now(DutchTime.ZONE).plusHours(1).truncatedTo(ChronoUnit.MINUTES));
        fixture.announce(first.id());
        assertThat(TestCaller.as(OFFICER, () -> planning.editionsWithMeetingsAhead()))
                .startsWith(newer.editionId(), running.editionId());
    }

    @Test
    void aSeriesStartsWithFourDraftMeetingsAndTakesMoreAndInformationSessions() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        assertThat(series.meetings()).extracting(MeetingView::number).containsExactly(1, 2, 3, 4);
        assertThat(series.meetings()).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.DRAFT);
            assertThat(m.startsAt()).as("date to follow").isNull();
            assertThat(m.capacity()).isEqualTo(30);
        });
        assertThat(series.meetings().get(0).title()).isEqualTo("Startbijeenkomst");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.createSeries(series.editionId(), null, 30))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.series.exists")));

        MeetingView fifth = TestCaller.as(COORDINATOR, () -> planning.addMeeting(series.id(), false, null, 20));
        MeetingView information = TestCaller.as(COORDINATOR,
                () -> planning.addMeeting(series.id(), true, "Informatiebijeenkomst voor raadsleden", 80));
        assertThat(fifth.number()).isEqualTo(5);
        assertThat(fifth.kind()).isEqualTo(MeetingKind.CIRCLE);
        assertThat(information.number()).isNull();
        assertThat(information.kind()).isEqualTo(MeetingKind.INFORMATION);
        MeetingSeriesView read = TestCaller.as(DEMO_AUDITOR.email(), () -> planning.series(series.id()));
        assertThat(read.meetings()).extracting(MeetingView::title).containsExactly("Startbijeenkomst",
                "Bijeenkomst 2", "Bijeenkomst 3", "Bijeenkomst 4", "Bijeenkomst 5",
                "Informatiebijeenkomst voor raadsleden");
        assertThat(TestCaller.as(OFFICER, () -> planning.seriesOfEdition(series.editionId()))).contains(read);
        // the audit trail records a meeting by number, and names it by its series and title
        String target = "meeting:" + information.id();
        assertThat(TestCaller.as(DEMO_AUDITOR.email(), () -> auditReview.names(List.of(target))))
                .containsExactly(Map.entry(target, series.title() + " · Informatiebijeenkomst voor raadsleden"));
    }

    @Test
    void aDraftMeetingAddedByMistakeIsRemovedAndOneThatWasAnnouncedIsNot() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView mistake = TestCaller.as(COORDINATOR, () -> planning.addMeeting(series.id(), false, null, 30));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> planning.remove(mistake.id(), mistake.version()))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> planning.removable(series.id()))
                .isInstanceOf(AccessRefusedException.class));
        assertThat(TestCaller.as(COORDINATOR, () -> planning.removable(series.id()))).contains(mistake.id());
        TestCaller.as(COORDINATOR, () -> {
            planning.remove(mistake.id(), mistake.version());
            return null;
        });
        assertThat(TestCaller.as(COORDINATOR, () -> planning.series(series.id())).meetings())
                .extracting(MeetingView::id).doesNotContain(mistake.id()).hasSize(4);
        assertThat(TestCaller.as(COORDINATOR, () -> planning.addMeeting(series.id(), false, null, 30)).number())
                .as("the next one takes the number again").isEqualTo(5);
        // one removed from the middle: the drafts after it move up, a title the product gave with them
        MeetingView third = series.meetings().get(2);
        TestCaller.as(COORDINATOR, () -> {
            planning.remove(third.id(), third.version());
            return null;
        });
        assertThat(TestCaller.as(COORDINATOR, () -> planning.series(series.id())).meetings())
                .extracting(MeetingView::number, MeetingView::title).containsExactly(
                        tuple(1, "Startbijeenkomst"), tuple(2, "Bijeenkomst 2"), tuple(3, "Bijeenkomst 3"),
                        tuple(4, "Bijeenkomst 4"));
        assertThat(TestCaller.as(COORDINATOR, () -> planning.series(series.id())).meetings())
                .extracting(MeetingView::id).doesNotContain(third.id()).contains(series.meetings().get(3).id());

        MeetingView start = series.meetings().get(0);
        MeetingView announced = TestCaller.as(COORDINATOR,
                () -> planning.changeStatus(start.id(), start.version(), MeetingStatus.CANCELLED));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.remove(announced.id(), announced.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.not-removable.announced")));
        assertThat(TestCaller.as(COORDINATOR, () -> planning.meeting(start.id())).status())
                .isEqualTo(MeetingStatus.CANCELLED);
        assertThat(TestCaller.as(COORDINATOR, () -> planning.removable(series.id())))
                .as("the page offers removal where it can be done only").doesNotContain(start.id(), mistake.id());
    }

    @Test
    void onlyCoordinatorsPlanAndADeactivatedAccountCannotEvenRead() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView start = series.meetings().get(0);
        for (String caller : List.of(OFFICER, DEMO_AUDITOR.email())) {
            TestCaller.as(caller, () -> {
                assertThatThrownBy(() -> planning.createSeries(series.editionId() + 100_000, null, 30))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> planning.describe(start.id(), startMeeting(start, 30)))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> planning.moveOnline(start.id(), start.version(), MeetingFormat.ONLINE,
                        "https://meet.example/x")).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> planning.addMeeting(series.id(), true, null, 10))
                        .isInstanceOf(AccessRefusedException.class);
            });
        }
        AccountView gone = fixture.account(Role.COORDINATOR, null, "nl");
        TestCaller.as(COORDINATOR, () -> administration.deactivate(gone.id()));
        TestCaller.as(gone.email(), () -> {
            assertThatThrownBy(() -> planning.series(series.id())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> planning.describe(start.id(), startMeeting(start, 30)))
                    .isInstanceOf(AccessRefusedException.class);
        });
        assertThat(TestCaller.as(COORDINATOR, () -> planning.meeting(start.id()))).isEqualTo(start);
    }

    @Test
    void theStartMeetingIsPlannedProvisionallyInDenHaagAndBadDetailsChangeNothing() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView start = series.meetings().get(0);
        MeetingDetails good = startMeeting(start, 40);
        assertRefused(start.id(), with(good, MeetingFormat.ONLINE, "javascript:alert(1)"),
                "error.sessions.meeting.link.invalid");
        assertRefused(start.id(), new MeetingDetails(good.title(), good.themes(), good.format(), good.venueName(),
                good.venueAddress(), good.venueCity(), null, good.startsAt(), good.startsAt().minusHours(1), 40, null,
                List.of(), good.version()), "error.sessions.meeting.times.order");
        // 02:30 on the nights the clocks go forward and back: not there, and there twice
        java.time.temporal.TemporalAdjuster lastSunday = java.time.temporal.TemporalAdjusters.lastInMonth(
                java.time.DayOfWeek.SUNDAY);
        LocalDateTime skipped = LocalDate.of(good.startsAt().getYear() + 1, 3, 1).with(lastSunday).atTime(2, 30);
        LocalDateTime twice = LocalDate.of(good.startsAt().getYear() + 1, 10, 1).with(lastSunday).atTime(2, 30);
        assertRefused(start.id(), new MeetingDetails(good.title(), good.themes(), good.format(), good.venueName(),
                good.venueAddress(), good.venueCity(), null, skipped, skipped.plusHours(2), 40, null,
                List.of(), good.version()), "error.sessions.time.skipped");
        assertRefused(start.id(), new MeetingDetails(good.title(), good.themes(), good.format(), good.venueName(),
                good.venueAddress(), good.venueCity(), null, twice.minusHours(1), twice, 40, null,
                List.of(), good.version()), "error.sessions.time.twice");
        assertRefused(start.id(), new MeetingDetails(good.title(), good.themes(), good.format(), good.venueName(),
                good.venueAddress(), good.venueCity(), null, good.startsAt(), good.endsAt(), 40, null,
                List.of(new AgendaItem(LocalTime.of(13, 0),
                        LocalTime.of(13, 30), "Knelpunten", null, "GM9999")), good.version()),
                "error.municipality.unknown");
        AgendaItem fine = new AgendaItem(
                LocalTime.of(13, 0), LocalTime.of(13, 30), "Welkom", null, null);
        record Row(LocalTime from, LocalTime to, String item, String key) {
        }
        for (Row bad : List.of(new Row(LocalTime.of(14, 0), null, "Pauze", "error.sessions.agenda.time.missing"),
                new Row(LocalTime.of(14, 0), LocalTime.of(13, 30), "Pauze",
                        "error.sessions.agenda.times"),
                new Row(LocalTime.of(14, 0), LocalTime.of(14, 30), " ",
                        "error.sessions.agenda.title.required"))) {
            TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.describe(start.id(), new MeetingDetails(
                    good.title(), good.themes(), good.format(), good.venueName(), good.venueAddress(),
                    good.venueCity(), null, good.startsAt(), good.endsAt(), 40, null, List.of(fine,
                    new AgendaItem(bad.from(), bad.to(), bad.item(), null, null)),
                    good.version()))).as(bad.key()).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(bad.key());
                        assertThat(e.arguments()).as("the row, as the form counts").containsExactly(2);
                    }));
        }
        for (String broken : List.of("Start\r\nBcc: iemand@evil.example", "Start\nbijeenkomst", "Start\u2028x")) {
            assertRefused(start.id(), new MeetingDetails(broken, good.themes(), good.format(), good.venueName(),
                    good.venueAddress(), good.venueCity(), null, good.startsAt(), good.endsAt(), 40, null, List.of(),
                    good.version()), "error.text.line-break");
        }
        for (java.time.LocalDateTime typo : List.of(java.time.LocalDateTime.of(1, 1, 1, 10, 0),
                java.time.LocalDateTime.of(1999, 12, 31, 10, 0), java.time.LocalDateTime.of(9999, 12, 31, 10, 0))) {
            assertRefused(start.id(), new MeetingDetails(good.title(), good.themes(), good.format(), good.venueName(),
                    good.venueAddress(), good.venueCity(), null, typo, typo.plusHours(2), 40, null, List.of(),
                    good.version()), typo.getYear() < 2000 ? "error.sessions.meeting.date.too-early"
                    : "error.sessions.meeting.date.too-late");
        }
        // everything wrong at once is said at once, each beside its field
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.describe(start.id(), new MeetingDetails(
                " ", Set.of(), MeetingFormat.ON_LOCATION, "Stadhuis", null, null, null, good.startsAt(),
                good.startsAt().minusHours(1), -5, null, List.of(), good.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::field, InvalidInputException::messageKey).containsExactly(
                                tuple("title", "error.sessions.meeting.title.required"),
                                tuple("endsAt", "error.sessions.meeting.times.order"),
                                tuple("capacity", "error.sessions.meeting.capacity.range"))));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.changeStatus(start.id(), start.version(),
                MeetingStatus.PROVISIONAL)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.date.required")));
        assertThat(TestCaller.as(COORDINATOR, () -> planning.meeting(start.id()))).as("nothing changed")
                .isEqualTo(start);

        MeetingDetails withAgenda = new MeetingDetails(good.title(), good.themes(), good.format(), good.venueName(),
                good.venueAddress(), good.venueCity(), null, good.startsAt(), good.endsAt(), 40, 3,
                List.of(new AgendaItem(LocalTime.of(13, 0),
                                LocalTime.of(13, 30), "Welkom", "Gedeputeerde", null),
                        new AgendaItem(LocalTime.of(13, 30),
                                LocalTime.of(14, 15), "Knelpunten van Westland", null, " gm1783 ")),
                good.version());
        MeetingSaved saved = TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), withAgenda));
        assertThat(saved.hasWarnings()).isFalse();
        MeetingView provisional = TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(),
                saved.meeting().version(), MeetingStatus.PROVISIONAL));
        assertThat(provisional.status()).isEqualTo(MeetingStatus.PROVISIONAL);
        assertThat(provisional.venueCity()).isEqualTo("Den Haag");
        assertThat(provisional.startsAt()).isEqualTo(good.startsAt());
        assertThat(provisional.municipalityLimit()).isEqualTo(3);
        assertThat(provisional.agenda()).as("a code typed in lower case is the municipality's")
                .extracting(a -> a.municipalityCode()).containsExactly(null, WESTLAND);
        assertThat(planning.publicSchedule(series.editionId())).as("public, without signing in; drafts left out")
                .containsExactly(new nl.arbeidsmigratie.regie.sessions.api.PublicMeeting(1, MeetingKind.CIRCLE,
                        "Startbijeenkomst", good.startsAt(), good.endsAt(), MeetingFormat.ON_LOCATION, "Den Haag",
                        MeetingStatus.PROVISIONAL));
        // a draft cancelled before it was announced is no news to the circle: it stays out as drafts do
        MeetingView second = series.meetings().get(1);
        MeetingSaved dated = TestCaller.as(COORDINATOR, () -> planning.describe(second.id(), new MeetingDetails(
                second.title(), good.themes(), good.format(), good.venueName(), good.venueAddress(), good.venueCity(),
                null, good.startsAt().plusWeeks(8), good.endsAt().plusWeeks(8), 40, null, List.of(),
                second.version())));
        MeetingView cancelled = TestCaller.as(COORDINATOR, () -> planning.changeStatus(second.id(),
                dated.meeting().version(), MeetingStatus.CANCELLED));
        assertThat(cancelled.shownToCircle()).isFalse();
        assertThat(provisional.shownToCircle()).isTrue();
        assertThat(planning.publicSchedule(series.editionId())).extracting(
                nl.arbeidsmigratie.regie.sessions.api.PublicMeeting::title).containsExactly("Startbijeenkomst");
        // in the order they take place: the fourth dated before the third comes first
        for (int i : new int[] {2, 3}) {
            MeetingView later = series.meetings().get(i);
            LocalDateTime from = good.startsAt().plusWeeks(i == 2 ? 20 : 10);
            MeetingSaved laterDated = TestCaller.as(COORDINATOR, () -> planning.describe(later.id(), new MeetingDetails(
                    later.title(), good.themes(), good.format(), good.venueName(), good.venueAddress(),
                    good.venueCity(), null, from, from.plusHours(3), 40, null, List.of(), later.version())));
            TestCaller.as(COORDINATOR, () -> planning.changeStatus(later.id(), laterDated.meeting().version(),
                    MeetingStatus.PROVISIONAL));
        }
        assertThat(planning.publicSchedule(series.editionId())).extracting(
                nl.arbeidsmigratie.regie.sessions.api.PublicMeeting::title).containsExactly("Startbijeenkomst",
                series.meetings().get(3).title(), series.meetings().get(2).title());

        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.changeStatus(start.id(),
                provisional.version(), MeetingStatus.HELD)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.not-started")));
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.describe(start.id(), withAgenda))
                .as("a change on top of an older version").isInstanceOf(
                        nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException.class));
    }

    @Test
    void theProgrammeMovesWithTheMeetingsStartUnlessTheCoordinatorChangedIt() throws Exception {
        MeetingView first = fixture.series(30).meetings().get(0);
        MeetingDetails start = startMeeting(first, 30);
        List<AgendaItem> programme = List.of(new AgendaItem(LocalTime.of(13, 0), LocalTime.of(13, 30), "Welkom",
                null, null), new AgendaItem(LocalTime.of(13, 30), LocalTime.of(16, 30), "Knelpunten", null, null));
        MeetingView planned = moved(first, start.startsAt(), start.endsAt(), programme);
        assertThat(planned.agenda()).isEqualTo(programme);

        // to the morning with its programme as it was: each item as long after the start as before
        MeetingView morning = moved(planned, start.startsAt().withHour(9), start.endsAt().withHour(12),
                planned.agenda());
        assertThat(morning.agenda()).extracting(AgendaItem::startsAt, AgendaItem::endsAt).containsExactly(
                tuple(LocalTime.of(9, 0), LocalTime.of(9, 30)), tuple(LocalTime.of(9, 30), LocalTime.of(12, 30)));
        // with a programme of its own: that one
        List<AgendaItem> own = List.of(new AgendaItem(LocalTime.of(14, 0), LocalTime.of(15, 0), "Welkom", null,
                null));
        MeetingView afternoon = moved(morning, start.startsAt().withHour(14), start.endsAt(), own);
        assertThat(afternoon.agenda()).isEqualTo(own);
        // to late in the evening, where the programme would run past midnight: kept as it was
        MeetingView evening = moved(afternoon, start.startsAt().withHour(23), start.startsAt().withHour(23)
                .withMinute(45), afternoon.agenda());
        assertThat(evening.agenda()).isEqualTo(own);
    }

    private MeetingView moved(MeetingView meeting, LocalDateTime from, LocalDateTime to, List<AgendaItem> agenda)
            throws Exception {
        MeetingDetails d = startMeeting(meeting, 30);
        return TestCaller.as(COORDINATOR, () -> planning.describe(meeting.id(), new MeetingDetails(d.title(),
                d.themes(), d.format(), d.venueName(), d.venueAddress(), d.venueCity(), null, from, to, 30, null,
                agenda, meeting.version()))).meeting();
    }

    @Test
    void anOverlappingMeetingIsSavedWithAWarning() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView first = series.meetings().get(0);
        MeetingView second = series.meetings().get(1);
        MeetingDetails start = startMeeting(first, 30);
        TestCaller.as(COORDINATOR, () -> planning.describe(first.id(), start));
        MeetingSaved overlapping = TestCaller.as(COORDINATOR, () -> planning.describe(second.id(),
                new MeetingDetails("Tweede", Set.of(LearningGoal.SUPPORT), MeetingFormat.ONLINE, null, null, null,
                        "https://meet.example/tweede", start.startsAt().plusHours(2), start.endsAt().plusHours(2),
                        30, null, List.of(), second.version())));
        assertThat(overlapping.meeting().title()).as("saved all the same").isEqualTo("Tweede");
        assertThat(overlapping.overlapping()).extracting(MeetingView::id).containsExactly(first.id());
    }

    @Test
    void themesAreSuggestedByTheLearningGoalsOfTheConfirmedMunicipalities() throws Exception {
        Map<String, Set<LearningGoal>> three = new LinkedHashMap<>();
        three.put(WESTLAND, Set.of(LearningGoal.NUMBERS, LearningGoal.FORGOTTEN_PLACES));
        three.put(ROTTERDAM, Set.of(LearningGoal.FORGOTTEN_PLACES, LearningGoal.LOCAL_RULES));
        three.put(LEIDEN, Set.of(LearningGoal.FORGOTTEN_PLACES, LearningGoal.LOCAL_RULES, LearningGoal.SUPPORT));
        EditionView edition = fixture.circle(three);
        MeetingSeriesView series = TestCaller.as(COORDINATOR, () -> planning.createSeries(edition.id(), null, 30));
        MeetingView first = series.meetings().get(0);
        MeetingDetails start = startMeeting(first, 30);
        TestCaller.as(COORDINATOR, () -> planning.describe(first.id(), new MeetingDetails(start.title(),
                Set.of(LearningGoal.LOCAL_RULES), start.format(), start.venueName(), start.venueAddress(),
                start.venueCity(), null, start.startsAt(), start.endsAt(), 30, null, List.of(), start.version())));

        List<ThemeSuggestion> suggestions = TestCaller.as(COORDINATOR, () -> planning.themeSuggestions(series.id()));
        assertThat(suggestions).extracting(ThemeSuggestion::goal).startsWith(LearningGoal.FORGOTTEN_PLACES,
                LearningGoal.LOCAL_RULES, LearningGoal.NUMBERS, LearningGoal.SUPPORT);
        assertThat(suggestions).extracting(ThemeSuggestion::municipalities).startsWith(3, 2, 1, 1, 0);
        assertThat(suggestions.get(1).coveredInMeetings()).containsExactly(1);
        assertThat(suggestions.get(0).municipalityNames()).hasSize(3);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> planning.themeSuggestions(series.id()))
                .isInstanceOf(AccessRefusedException.class));
    }

    @Test
    void movingOnlineNeedsALinkKeepsRegistrationsAndMailsEveryoneInTheirLanguage() throws Exception {
        MeetingSeriesView series = fixture.series(30);
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, 30)));
        MeetingView planned = fixture.announce(start.id());
        AccountView english = fixture.account(Role.OFFICER, WESTLAND, "en");
        TestCaller.as(OFFICER, () -> registrations.register(new NewRegistration(start.id(), WESTLAND,
                english.displayName(), english.email(), null)));
        String dutch = "raadslid-" + start.id() + "@sessions.example";
        TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(start.id(), DEN_HAAG,
                "Raadslid Den Haag", dutch, null)));

        // the page says beforehand how many it mails: those registered and, as it was announced, the whole circle
        Set<String> concerned = new HashSet<>(Set.of(english.email().toLowerCase(Locale.ROOT), dutch));
        TestCaller.as(COORDINATOR, () -> enrolments.participantsOf(series.editionId())).forEach(
                participant -> concerned.add(participant.email().toLowerCase(Locale.ROOT)));
        assertThat(concerned).hasSizeGreaterThan(2);
        assertThat(TestCaller.as(COORDINATOR, () -> planning.audience(start.id()))).isEqualTo(concerned.size());
        assertThat(TestCaller.as(COORDINATOR, () -> planning.audience(series.meetings().get(1).id())))
                .as("a draft nobody registered for").isZero();
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> planning.audience(start.id()))
                .isInstanceOf(AccessRefusedException.class));
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> planning.moveOnline(start.id(), planned.version(), MeetingFormat.ONLINE, "  "))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.link.required"));
            assertThat(planning.meeting(start.id()).format()).isEqualTo(MeetingFormat.ON_LOCATION);
        });
        MeetingView online = TestCaller.as(COORDINATOR, () -> planning.moveOnline(start.id(), planned.version(),
                MeetingFormat.ONLINE, "https://meet.example/start-" + start.id()));
        assertThat(online.status()).isEqualTo(MeetingStatus.MOVED_ONLINE);
        assertThat(online.format()).isEqualTo(MeetingFormat.ONLINE);
        assertThat(online.sequence()).isGreaterThan(planned.sequence());
        assertThat(online.registered()).as("registrations stay").isEqualTo(2);
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.participants(start.id())))
                .extracting(r -> r.status()).containsOnly(RegistrationStatus.REGISTERED);
        assertThat(Mailbox.await(english.email(), "Changed: Startbijeenkomst now takes place online", MAIL).text())
                .contains("Dear " + english.displayName(), "Your registration remains valid", "https://meet.example/start-" + start.id())
                .contains(" 14 May " + (LocalDate.now().getYear() + 1) + " at 13:00–16:30 Dutch time");
        assertThat(Mailbox.await(dutch, "Gewijzigd: Startbijeenkomst vindt online plaats", MAIL).text())
                .contains("Uw aanmelding blijft staan", "https://meet.example/start-" + start.id())
                .contains("14 mei " + (LocalDate.now().getYear() + 1) + " om 13:00–16:30");
        // called off, it is joined no more: its calendar entry leads to its page, not to the link
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(), planning.meeting(start.id()).version(),
                MeetingStatus.CANCELLED));
        assertThat(Mailbox.await(english.email(), "Cancelled: Startbijeenkomst", MAIL).attachments().values())
                .singleElement().satisfies(file -> assertThat(file.content().replace("\r\n ", ""))
                        .contains("STATUS:CANCELLED").doesNotContain("meet.example/start-"));
        // a draft, planned bit by bit, becomes hybrid before its city is known, as it is described without one
        MeetingView draft = series.meetings().get(1);
        MeetingView hybrid = TestCaller.as(COORDINATOR, () -> planning.moveOnline(draft.id(), draft.version(),
                MeetingFormat.HYBRID, "https://meet.example/tweede-" + draft.id()));
        assertThat(hybrid.format()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(hybrid.status()).isEqualTo(MeetingStatus.DRAFT);
    }

    @Test
    void aCancelledMeetingIsMailedToEveryoneRegisteredOrWaitingInTheirLanguage() throws Exception {
        MeetingSeriesView series = fixture.series(1);
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, 1)));
        fixture.announce(start.id());
        AccountView english = fixture.account(Role.OFFICER, WESTLAND, "en");
        TestCaller.as(OFFICER, () -> registrations.register(new NewRegistration(start.id(), WESTLAND,
                english.displayName(), english.email(), null)));
        String waiting = "wachtend-" + start.id() + "@sessions.example";
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(start.id(), DEN_HAAG,
                "Wachtend Den Haag", waiting, null))).status()).isEqualTo(RegistrationStatus.WAITING_LIST);
        TestCaller.as(OFFICER, () -> assertThatThrownBy(() -> planning.changeStatus(start.id(),
                planning.meeting(start.id()).version(), MeetingStatus.CANCELLED))
                .isInstanceOf(AccessRefusedException.class));

        MeetingView cancelled = TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(),
                planning.meeting(start.id()).version(), MeetingStatus.CANCELLED));

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        Mailbox.Mail told = Mailbox.await(english.email(), "Cancelled: Startbijeenkomst", MAIL);
        assertThat(told.text()).contains("Dear " + english.displayName(), "will not take place",
                "The attached file tells your calendar the meeting is cancelled");
        // the event its registration mail carried, cancelled: the same UID, a later SEQUENCE
        assertThat(told.attachments().values()).singleElement().satisfies(file -> assertThat(file.content())
                .contains("UID:meeting-" + start.id() + "@", "STATUS:CANCELLED", "SEQUENCE:"));
        Mailbox.Mail toldWaiting = Mailbox.await(waiting, "Afgelast: Startbijeenkomst", MAIL);
        assertThat(toldWaiting.text()).contains("Beste Wachtend Den Haag", "gaat niet door").doesNotContain("bijlage");
        assertThat(toldWaiting.attachments()).as("one waiting was sent no event to take out").isEmpty();
        // the circle was told it takes place when it was confirmed, so it is told it does not
        assertThat(Mailbox.await(contactOf(series, DEN_HAAG), "Afgelast: Startbijeenkomst", MAIL).text())
                .contains("Beste Contact " + DEN_HAAG, "gaat niet door");
    }

    @Test
    void aFirmDateAndANewTimeForAnAnnouncedMeetingAreMailedToTheRegisteredAndTheCircle() throws Exception {
        MeetingSeriesView series = fixture.series(1);
        MeetingView start = series.meetings().get(0);
        TestCaller.as(COORDINATOR, () -> planning.describe(start.id(), startMeeting(start, 1)));
        TestCaller.as(COORDINATOR, () -> planning.changeStatus(start.id(), planning.meeting(start.id()).version(),
                MeetingStatus.PROVISIONAL));
        String registered = "verzet-" + start.id() + "@sessions.example";
        TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(start.id(), DEN_HAAG,
                "Verzet Den Haag", registered, null)));
        String waiting = "wacht-" + start.id() + "@sessions.example";
        assertThat(TestCaller.as(COORDINATOR, () -> registrations.register(new NewRegistration(start.id(), DEN_HAAG,
                "Wacht Den Haag", waiting, null))).status()).isEqualTo(RegistrationStatus.WAITING_LIST);
        int year = LocalDate.now().getYear() + 1;
        // registered while provisional, told when its date is firm; one waiting, that they still are
        fixture.announce(start.id());
        assertThat(Mailbox.await(registered, "Vastgesteld: Startbijeenkomst", MAIL).text())
                .contains("Beste Verzet Den Haag", "de datum staat nu vast", "Uw aanmelding blijft staan");
        assertThat(Mailbox.await(waiting, "Vastgesteld: Startbijeenkomst", MAIL).text())
                .contains("Beste Wacht Den Haag", "de datum staat nu vast", "U staat nog op de wachtlijst")
                .doesNotContain("Uw aanmelding blijft staan");

        fixture.redate(start.id(), LocalDateTime.of(year, 6, 2, 10, 0));

        assertThat(Mailbox.await(registered, "Nieuwe datum: Startbijeenkomst", MAIL).text())
                .contains("Beste Verzet Den Haag", "verplaatst van", "14 mei " + year + ", 13:00–16:30", "naar",
                        "2 juni " + year + ", 10:00–13:00");
        assertThat(Mailbox.await(registered, "Nieuwe datum: Startbijeenkomst", MAIL).text())
                .contains("Uw aanmelding blijft staan");
        assertThat(Mailbox.await(waiting, "Nieuwe datum: Startbijeenkomst", MAIL).text())
                .contains("U staat nog op de wachtlijst").doesNotContain("aanmelding blijft staan");
        // the circle is told where to register, not that a registration it does not have stands
        assertThat(Mailbox.await(contactOf(series, WESTLAND), "Nieuwe datum: Startbijeenkomst", MAIL).text())
                .contains("Beste Contact " + WESTLAND, "2 juni " + year,
                        "De beleidsmedewerker van uw gemeente meldt deelnemers aan")
                .doesNotContain("aanmelding blijft staan", "/app/sessions/");

        // another place at the same time reaches them too, with the event to update in their calendars
        TestCaller.as(COORDINATOR, () -> {
            MeetingView now = planning.meeting(start.id());
            return planning.describe(start.id(), new MeetingDetails(now.title(), now.themes(), now.format(),
                    "Stadskantoor", "Phoenixstraat 16", "Delft", null, now.startsAt(), now.endsAt(), now.capacity(),
                    now.municipalityLimit(), now.agenda(), now.version()));
        });
        Mailbox.Mail relocated = Mailbox.await(registered, "Gewijzigd: plaats van Startbijeenkomst", MAIL);
        assertThat(relocated.text()).contains("Beste Verzet Den Haag", "2 juni " + year,
                "Stadskantoor, Phoenixstraat 16, Delft");
        assertThat(relocated.attachments().values()).singleElement().satisfies(file -> assertThat(
                file.content().replace("\r\n ", "")).contains("LOCATION:Stadskantoor\\, Phoenixstraat 16\\, Delft"));
        assertThat(Mailbox.await(waiting, "Gewijzigd: plaats van Startbijeenkomst", MAIL).attachments()).isEmpty();
    }

    /** The address of the contact with which {@code code} enrolled in the series' edition. */
    private String contactOf(MeetingSeriesView series, String code) throws Exception {
        return TestCaller.as(COORDINATOR, () -> enrolments.participantsOf(series.editionId())).stream()
                .filter(p -> p.kind() == EditionParticipant.Kind.ENROLMENT_CONTACT
                        && p.email().startsWith("contact-" + code.toLowerCase()))
                .findFirst().orElseThrow().email();
    }

    @Test
    void aDraftIsPlannedBitByBitAndAnnouncedOnlyWithADateAThemeAndAVenueOrLink() throws Exception {
        MeetingView draft = fixture.series(20).meetings().get(2);
        MeetingSaved titled = TestCaller.as(COORDINATOR, () -> planning.describe(draft.id(), new MeetingDetails(
                "Terugblik (concept)", Set.of(), MeetingFormat.ONLINE, null, null, null, null, null, null, 20, null,
                List.of(), draft.version())));
        assertThat(titled.meeting().title()).isEqualTo("Terugblik (concept)");
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.changeStatus(draft.id(),
                titled.meeting().version(), MeetingStatus.PROVISIONAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.all())
                        .extracting(InvalidInputException::messageKey).containsExactly(
                                "error.sessions.meeting.date.required", "error.sessions.meeting.themes.required",
                                "error.sessions.meeting.link.required")));
        LocalDateTime start = LocalDateTime.now().plusMonths(3).withHour(14).withMinute(0).withSecond(0).withNano(0);
        MeetingSaved complete = TestCaller.as(COORDINATOR, () -> planning.describe(draft.id(), new MeetingDetails(
                "Terugblik", Set.of(LearningGoal.SUPPORT), MeetingFormat.ONLINE, null, null, null,
                "https://vergaderen.example/terugblik", start, start.plusHours(2), 20, null, List.of(),
                titled.meeting().version())));
        MeetingView announced = TestCaller.as(COORDINATOR, () -> planning.changeStatus(draft.id(),
                complete.meeting().version(), MeetingStatus.PROVISIONAL));
        assertThat(announced.status()).isEqualTo(MeetingStatus.PROVISIONAL);
        // once announced, what the circle needs stays: a save without the link is refused
        TestCaller.as(COORDINATOR, () -> assertThatThrownBy(() -> planning.describe(draft.id(), new MeetingDetails(
                "Terugblik", Set.of(LearningGoal.SUPPORT), MeetingFormat.ONLINE, null, null, null, null, start,
                start.plusHours(2), 20, null, List.of(), announced.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.sessions.meeting.link.required")));
    }

    private void assertRefused(long meetingId, MeetingDetails details, String key) {
        TestCaller.as(COORDINATOR, () -> {
            assertThatThrownBy(() -> planning.describe(meetingId, details))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        });
    }

    private static MeetingDetails with(MeetingDetails d, MeetingFormat format, String link) {
        return new MeetingDetails(d.title(), d.themes(), format, d.venueName(), d.venueAddress(), d.venueCity(), link,
                d.startsAt(), d.endsAt(), d.capacity(), d.municipalityLimit(), d.agenda(), d.version());
    }
}

package nl.arbeidsmigratie.regie.sessions;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.AccountAdministration;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EditionDetails;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRequest;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.NewAccount;
import nl.arbeidsmigratie.regie.registration.api.PolicyPhase;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;

/** The editions, enrolments, accounts and series sessions' tests start from; every call makes its own. */
@Dependent
public class SessionsFixture {

    public static final String WESTLAND = "GM1783";
    public static final String DEN_HAAG = "GM0518";
    public static final String ROTTERDAM = "GM0599";
    public static final String LEIDEN = "GM0546";
    public static final String COORDINATOR = DEMO_COORDINATOR.email();
    public static final String OFFICER = DEMO_OFFICER.email();
    public static final String BOTTLENECKS = "Seizoenswerkers wonen in kassen en bedrijfspanden; de gemeente heeft "
            + "geen zicht op aantallen en de woonkwaliteit is vaak onder de maat.";

    @Inject
    AccountAdministration administration;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    MeetingPlanning planning;

    /** A new account, as a coordinator creates one; {@code code} is the municipality of an officer. */
    public AccountView account(Role role, String code, String language) throws Exception {
        String email = role.name().toLowerCase() + "-" + (code == null ? "" : code.toLowerCase()) + "-"
                + UUID.randomUUID() + "@sessions.example";
        return TestCaller.as(COORDINATOR, () -> administration.create(
                new NewAccount(email, "Account " + role + " " + code, role, code, language)));
    }

    /** A new edition, open today, in which each municipality has a confirmed enrolment choosing its goals. */
    public EditionView circle(Map<String, Set<LearningGoal>> municipalities) throws Exception {
        LocalDate today = DutchTime.today(java.time.Clock.systemUTC());
        EditionView edition = TestCaller.as(COORDINATOR, () -> editions.create(new EditionDetails(
                "Leerkring bijeenkomsten " + UUID.randomUUID(), "Vier bijeenkomsten.", "Gemeenten",
                today.minusDays(1), today.plusDays(30), 50)));
        for (Map.Entry<String, Set<LearningGoal>> m : municipalities.entrySet()) {
            confirm(edition, m.getKey(), m.getValue());
        }
        return edition;
    }

    public EnrolmentView confirm(EditionView edition, String code, Set<LearningGoal> goals) throws Exception {
        return TestCaller.as(COORDINATOR, () -> {
            EnrolmentView enrolled = enrolments.enrol(new EnrolmentRequest(edition.id(), code,
                    "Contact " + code, "contact-" + code.toLowerCase() + "-" + UUID.randomUUID()
                            + "@sessions.example", PolicyPhase.VISION_IN_DEVELOPMENT, goals, BOTTLENECKS, true));
            return enrolments.confirm(enrolled.id(), enrolled.version());
        });
    }

    /** A circle of Westland and Den Haag with its series of four meetings. */
    public MeetingSeriesView series(int capacity) throws Exception {
        Map<String, Set<LearningGoal>> two = new LinkedHashMap<>();
        two.put(WESTLAND, Set.of(LearningGoal.NUMBERS));
        two.put(DEN_HAAG, Set.of(LearningGoal.NUMBERS, LearningGoal.LOCATIONS));
        EditionView edition = circle(two);
        return TestCaller.as(COORDINATOR, () -> planning.createSeries(edition.id(), null, capacity));
    }

    /** A dated meeting confirmed, as the coordinator announces it: people may register until it ends. */
    public MeetingView announce(long meetingId) throws Exception {
        return TestCaller.as(COORDINATOR, () -> planning.changeStatus(meetingId, planning.meeting(meetingId).version(),
                MeetingStatus.CONFIRMED));
    }

    /**
     * The meeting as it is, moved to three hours from {@code startsAt}: a meeting is announced while it lies ahead,
     * and a test that needs one in the past moves it there afterwards.
     */
    public MeetingView redate(long meetingId, LocalDateTime startsAt) throws Exception {
        return TestCaller.as(COORDINATOR, () -> {
            MeetingView m = planning.meeting(meetingId);
            return planning.describe(meetingId, new MeetingDetails(m.title(), m.themes(), m.format(), m.venueName(),
                    m.venueAddress(), m.venueCity(), m.onlineLink(), startsAt, startsAt.plusHours(3), m.capacity(),
                    m.municipalityLimit(), m.agenda(), m.version())).meeting();
        });
    }

    /** The start meeting of the seed: 14 May in Den Haag, on location. */
    public static MeetingDetails startMeeting(MeetingView meeting, int capacity) {
        int year = LocalDate.now().getYear() + 1;
        return new MeetingDetails("Startbijeenkomst", Set.of(LearningGoal.NUMBERS), MeetingFormat.ON_LOCATION,
                "Provinciehuis", "Zuid-Hollandplein 1", "Den Haag", null,
                LocalDateTime.of(year, 5, 14, 13, 0), LocalDateTime.of(year, 5, 14, 16, 30), capacity, null,
                List.of(), meeting.version());
    }
}

package nl.arbeidsmigratie.regie.web.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;
import nl.arbeidsmigratie.regie.sessions.api.Availability;
import nl.arbeidsmigratie.regie.sessions.api.DatePollView;
import nl.arbeidsmigratie.regie.sessions.api.DatePolls;
import nl.arbeidsmigratie.regie.sessions.api.MeetingDetails;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.NewRegistration;
import nl.arbeidsmigratie.regie.sessions.api.SlotProposal;

/**
 * Sessions' demo records ({@code demo/sessions.json}): the series of registration's demo edition as the seed
 * announces it, with the start meeting on 14 May in Den Haag, onder voorbehoud, and people registered for it, and a
 * date poll for the second meeting that the demo officers of Westland and Den Haag have answered. The edition's
 * enrolment closed yesterday, so the start meeting is the first 14 May after that and after today.
 */
@Dependent
public class SessionsDemo implements DemoPart {

    static final MonthDay START = MonthDay.of(5, 14);

    @Inject
    Editions editions;

    @Inject
    MeetingPlanning planning;

    @Inject
    MeetingRegistrations registrations;

    @Inject
    DatePolls polls;

    /** The records of {@code demo/sessions.json}: the series of the edition titled {@code edition}. */
    public record Records(String edition, int capacity, Start start, Poll poll) {
    }

    /** The start meeting, on location, on 14 May from {@code startsAt} to {@code endsAt}, with who registered. */
    public record Start(String title, Set<LearningGoal> themes, String venueName, String venueAddress,
                        String venueCity, LocalTime startsAt, LocalTime endsAt, Integer municipalityLimit,
                        List<AgendaItem> agenda, List<Registration> registrations) {
    }

    /** A person registered for the start meeting. */
    public record Registration(String municipalityCode, String name, String email, PolicyField policyField) {
    }

    /** A poll for meeting number {@code meeting}, open until {@code deadlineInDays} from today. */
    public record Poll(int meeting, int deadlineInDays, List<Slot> slots, List<Answer> answers) {
    }

    /** A proposed slot, so many days after the start meeting. */
    public record Slot(int daysAfterStart, LocalTime startsAt, LocalTime endsAt) {
    }

    /** A demo officer's answers, one per slot in the order of {@link Poll#slots}. */
    public record Answer(String officer, List<Availability> answers) {
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(DemoClock today) {
        Records records = DemoFiles.read("sessions.json", Records.class);
        EditionView edition = editions.list().stream().filter(e -> e.title().equals(records.edition())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo edition " + records.edition()));
        MeetingSeriesView series = planning.createSeries(edition.id(), null, records.capacity());
        // after today too: loaded on 14 May, a start meeting that day may have ended and take no registrations
        LocalDate startDay = startDay(edition.closesOn().isAfter(today.today()) ? edition.closesOn() : today.today());
        start(series.meetings().get(0), records.capacity(), records.start(), startDay);
        poll(series.meetings().get(records.poll().meeting() - 1), records.poll(), startDay, today);
    }

    /** The first 14 May after {@code day}: the circle meets once enrolment has closed. */
    static LocalDate startDay(LocalDate day) {
        LocalDate sameYear = START.atYear(day.getYear());
        return sameYear.isAfter(day) ? sameYear : sameYear.plusYears(1);
    }

    private void start(MeetingView meeting, int capacity, Start s, LocalDate day) {
        MeetingView described = planning.describe(meeting.id(), new MeetingDetails(s.title(), s.themes(),
                MeetingFormat.ON_LOCATION, s.venueName(), s.venueAddress(), s.venueCity(), null,
                day.atTime(s.startsAt()), day.atTime(s.endsAt()), capacity, s.municipalityLimit(), s.agenda(),
                meeting.version())).meeting();
        planning.changeStatus(meeting.id(), described.version(), MeetingStatus.PROVISIONAL);
        for (Registration r : s.registrations()) {
            registrations.register(new NewRegistration(meeting.id(), r.municipalityCode(), r.name(), r.email(),
                    r.policyField()));
        }
    }

    private void poll(MeetingView meeting, Poll p, LocalDate startDay, DemoClock today) {
        List<SlotProposal> slots = p.slots().stream().map(slot -> new SlotProposal(
                startDay.plusDays(slot.daysAfterStart()).atTime(slot.startsAt()),
                startDay.plusDays(slot.daysAfterStart()).atTime(slot.endsAt()))).toList();
        DatePollView opened = polls.open(meeting.id(), slots, today.inDays(p.deadlineInDays()).atTime(17, 0));
        for (Answer answer : p.answers()) {
            Map<Long, Availability> bySlot = new HashMap<>();
            for (int i = 0; i < answer.answers().size(); i++) {
                bySlot.put(opened.slots().get(i).id(), answer.answers().get(i));
            }
            ActingAs.run(answer.officer(), () -> polls.answer(opened.id(), bySlot));
        }
    }
}

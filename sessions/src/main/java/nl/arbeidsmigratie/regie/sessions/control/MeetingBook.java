package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.sessions.api.MeetingSeriesView;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationView;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingRegistration;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingSeries;

/**
 * Series, meetings and registrations as stored: lookups, locks and views. A write that counts places locks the
 * meeting row first, so two registrations arriving together never both take the last place.
 */
@Dependent
public class MeetingBook {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    Clock clock;

    /** Now, as precisely as the database keeps it (the clock ticks in microseconds). */
    public Instant now() {
        return clock.instant();
    }

    public static Instant instant(LocalDateTime dutch) {
        return dutch == null ? null : dutch.atZone(DutchTime.ZONE).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Refuses a Dutch time the clock skips (02:30 on the night it goes forward) or shows twice (02:30 on the night it
     * goes back): the first would be moved an hour without a word, the second is two moments an hour apart.
     */
    public static void requireOnTheClock(String field, LocalDateTime dutch) {
        if (dutch == null) {
            return;
        }
        int offsets = DutchTime.ZONE.getRules().getValidOffsets(dutch).size();
        if (offsets != 1) {
            throw new InvalidInputException(field, offsets == 0 ? "error.sessions.time.skipped"
                    : "error.sessions.time.twice", dutch + (offsets == 0 ? " does not exist" : " occurs twice")
                    + " in Dutch time", dutch.toLocalDate(), TIME_OF_DAY.format(dutch));
        }
    }

    public static LocalDateTime dutch(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, DutchTime.ZONE);
    }

    public MeetingSeries series(long id) {
        MeetingSeries series = em.find(MeetingSeries.class, id);
        if (series == null) {
            throw new InvalidInputException("seriesId", "error.sessions.series.unknown", "no series " + id);
        }
        return series;
    }

    public Optional<MeetingSeries> seriesOfEdition(long editionId) {
        return em.createNamedQuery(MeetingSeries.OF_EDITION, MeetingSeries.class).setParameter("edition", editionId)
                .getResultStream().findFirst();
    }

    /** The editions whose series have announced meetings still to come, the one of the next meeting first. */
    public List<Long> editionsWithMeetingsAhead() {
        return em.createNamedQuery(Meeting.EDITION_OF_NEXT, Long.class).setParameter("now", now())
                .setParameter("announced", EnumSet.of(MeetingStatus.PROVISIONAL, MeetingStatus.CONFIRMED,
                        MeetingStatus.MOVED_ONLINE))
                .getResultStream().distinct().toList();
    }

    public Meeting meeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw unknownMeeting(id);
        }
        return meeting;
    }

    /** The meeting locked until the transaction ends, read fresh. */
    public Meeting lockedMeeting(long id) {
        Meeting meeting = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw unknownMeeting(id);
        }
        em.refresh(meeting);
        return meeting;
    }

    public static InvalidInputException unknownMeeting(long id) {
        return new InvalidInputException("meetingId", "error.sessions.meeting.unknown", "no meeting " + id);
    }

    public List<Meeting> meetings(MeetingSeries series) {
        return em.createNamedQuery(Meeting.OF_SERIES, Meeting.class).setParameter("series", series.id())
                .getResultList();
    }

    /** The meetings of the series that overlap this one in time, as the coordinator is told on saving it. */
    public List<MeetingView> overlapping(Meeting meeting) {
        return meetings(meeting.series()).stream().filter(meeting::overlaps).map(this::view).toList();
    }

    public List<MeetingRegistration> registrations(Meeting meeting) {
        return em.createNamedQuery(MeetingRegistration.OF_MEETING, MeetingRegistration.class)
                .setParameter("meeting", meeting.id()).getResultList();
    }

    /**
     * Whether anyone's attendance of the meeting was recorded: it took place, also on a date that was provisional, so
     * its registrations stand as who was expected.
     */
    public boolean attendanceRecorded(Meeting meeting) {
        return registrations(meeting).stream().anyMatch(r -> r.attendance() != null);
    }

    public List<MeetingRegistration> withStatus(Meeting meeting, RegistrationStatus status) {
        return registrations(meeting).stream().filter(r -> r.status() == status).toList();
    }

    public MeetingView view(Meeting meeting) {
        em.flush();
        return view(meeting, registrations(meeting).stream().collect(Collectors.groupingBy(MeetingRegistration::status,
                () -> new EnumMap<>(RegistrationStatus.class), Collectors.counting())));
    }

    private MeetingView view(Meeting meeting, Map<RegistrationStatus, Long> registrations) {
        return new MeetingView(meeting.id(), meeting.series().id(), meeting.number(), meeting.kind(), meeting.title(),
                meeting.themes(), meeting.format(), meeting.venueName(), meeting.venueAddress(), meeting.venueCity(),
                meeting.onlineLink(), dutch(meeting.startsAt()), dutch(meeting.endsAt()), meeting.capacity(),
                meeting.municipalityLimit(), meeting.agenda(), meeting.status(), meeting.sequence(),
                registrations.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                registrations.getOrDefault(RegistrationStatus.WAITING_LIST, 0L), meeting.takesRegistrations(now()),
                meeting.shownToCircle(), meeting.version());
    }

    /** The series with its meetings, their registrations counted for all of them in one statement. */
    public MeetingSeriesView view(MeetingSeries series) {
        em.flush();
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        em.createNamedQuery(MeetingRegistration.COUNTS_OF_SERIES, Object[].class).setParameter("series", series.id())
                .getResultList().forEach(row -> counts.computeIfAbsent((Long) row[0],
                        meeting -> new EnumMap<>(RegistrationStatus.class)).put((RegistrationStatus) row[1],
                        (Long) row[2]));
        return new MeetingSeriesView(series.id(), series.editionId(), series.title(), meetings(series).stream()
                .map(meeting -> view(meeting, counts.getOrDefault(meeting.id(), Map.of()))).toList(),
                series.version());
    }

    /** The meeting's registrations in order of arrival, each waiting one with its place in line. */
    public List<RegistrationView> registrationViews(Meeting meeting) {
        List<RegistrationView> views = new ArrayList<>();
        int position = 0;
        for (MeetingRegistration r : registrations(meeting)) {
            views.add(view(r, r.status() == RegistrationStatus.WAITING_LIST ? ++position : 0));
        }
        return views;
    }

    public RegistrationView view(MeetingRegistration registration) {
        return views(List.of(registration)).get(0);
    }

    /**
     * Views of registrations, of any meetings: the meeting's registrations are read only for one on a waiting list,
     * for its place in line, once per meeting.
     */
    public List<RegistrationView> views(List<MeetingRegistration> registrations) {
        em.flush();
        Map<Long, List<RegistrationView>> lines = new HashMap<>();
        return registrations.stream().map(r -> r.status() != RegistrationStatus.WAITING_LIST ? view(r, 0)
                : lines.computeIfAbsent(r.meetingId(), meeting -> registrationViews(r.meeting())).stream()
                        .filter(v -> v.id() == r.id()).findFirst().orElseThrow()).toList();
    }

    private static RegistrationView view(MeetingRegistration r, int waitingPosition) {
        return new RegistrationView(r.id(), r.meetingId(), r.municipalityCode(), r.municipalityName(), r.name(),
                r.email(), r.policyField(), r.status(), waitingPosition, r.registeredAt(), r.attendance(), r.version());
    }
}

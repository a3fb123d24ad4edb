package nl.arbeidsmigratie.regie.sessions.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.Editions;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.sessions.control.MeetingAccess;
import nl.arbeidsmigratie.regie.sessions.control.MeetingBook;
import nl.arbeidsmigratie.regie.sessions.control.MeetingMails;
import nl.arbeidsmigratie.regie.sessions.control.MeetingPlaces;
import nl.arbeidsmigratie.regie.sessions.control.Participation;
import nl.arbeidsmigratie.regie.sessions.control.Polls;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingRegistration;
import nl.arbeidsmigratie.regie.sessions.entity.PollInvitee;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingSeries;
import nl.arbeidsmigratie.regie.sessions.entity.TextRules;

/**
 * The series of meetings of a learning-circle edition and its meetings, as the coordinator plans them: four
 * meetings by default, more when wanted, information sessions beside them; each meeting's themes, place, time,
 * capacity, agenda and status. Everyone signed in reads them; every change is audited. A meeting that overlaps
 * another of its series is saved with a warning, never refused.
 */
@Stateless
public class MeetingPlanning {

    private static final String TITLES = "nl.arbeidsmigratie.regie.sessions.meeting_titles";

    /** The circle meets four times. */
    public static final int DEFAULT_MEETINGS = 4;
    private static final int MAX_SERIES_TITLE = 200;

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingBook book;

    @Inject
    MeetingPlaces places;

    @Inject
    MeetingMails mails;

    @Inject
    Editions editions;

    @Inject
    Enrolments enrolments;

    @Inject
    MunicipalityAreas areas;

    @Inject
    Participation participation;

    @Inject
    Polls polls;

    @Inject
    AuditTrail audit;

    /**
     * Starts the series of an edition with its four meetings as drafts, each with {@code capacity} places. An
     * edition has one series.
     */
    public MeetingSeriesView createSeries(long editionId, String title, int capacity) {
        String language = access.coordinator().preferredLanguage();
        EditionView edition = editions.find(editionId).orElseThrow(() -> new InvalidInputException("editionId",
                "error.edition.unknown", "no edition " + editionId));
        if (book.seriesOfEdition(editionId).isPresent()) {
            throw new InvalidInputException("editionId", "error.sessions.series.exists",
                    "edition " + editionId + " has a series already");
        }
        String given = TextRules.optionalLine("title", title, MAX_SERIES_TITLE);
        String name = given == null ? edition.title() : given;
        MeetingSeries series = new MeetingSeries(editionId, name, book.now());
        em.persist(series);
        for (int number = 1; number <= DEFAULT_MEETINGS; number++) {
            em.persist(new Meeting(series, number, defaultTitle(number, language), capacity, book.now()));
        }
        em.flush();
        MeetingSeriesView view = book.view(series);
        audit.record("sessions.series.created", "meeting-series:" + series.id(), null, view);
        return view;
    }

    /** A meeting not yet named, in the language of the coordinator who plans it, who renames it as they like. */
    private static String defaultTitle(Integer number, String language) {
        ResourceBundle titles = ResourceBundle.getBundle(TITLES, Locale.forLanguageTag(language),
                MeetingPlanning.class.getClassLoader());
        return number == null ? titles.getString("information")
                : number == 1 ? titles.getString("start") : MessageFormat.format(titles.getString("numbered"), number);
    }

    /** The language the series' unnamed meetings were named in, if any still carries its first name. */
    private static Optional<String> languageOfDefaultTitles(List<Meeting> meetings) {
        return Stream.of("nl", "en").filter(language -> meetings.stream().anyMatch(meeting ->
                meeting.title().equals(defaultTitle(meeting.number(), language)))).findFirst();
    }

    /** Adds a meeting to the circle's own (numbered after the last) or, with {@code information}, a session beside them. */
    public MeetingView addMeeting(long seriesId, boolean information, String title, int capacity) {
        String coordinatorLanguage = access.coordinator().preferredLanguage();
        MeetingSeries series = em.find(MeetingSeries.class, book.series(seriesId).id(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<Meeting> meetings = book.meetings(series);
        Integer number = information ? null : meetings.stream().map(Meeting::number)
                .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(0) + 1;
        // a series speaks one language: "Bijeenkomst 5" after "Bijeenkomst 4", whoever adds it
        String language = languageOfDefaultTitles(meetings).orElse(coordinatorLanguage);
        String given = TextRules.optionalLine("title", title, Meeting.MAX_TITLE);
        String name = given != null ? given : defaultTitle(number, language);
        Meeting meeting = new Meeting(series, number, name, capacity, book.now());
        em.persist(meeting);
        em.flush();
        MeetingView view = book.view(meeting);
        audit.record("sessions.meeting.added", target(meeting), null, view);
        return view;
    }

    /**
     * Removes a meeting added by mistake: one still a draft, never announced, that nobody registered for and that has
     * no date poll, minutes, attachments or follow-up actions. Anything else is cancelled instead, so what happened
     * stays on record. The drafts after it move up a number, unless one of them was announced by its number.
     */
    public void remove(long meetingId, long version) {
        access.coordinator();
        Meeting meeting = current(meetingId, version);
        if (meeting.status() != MeetingStatus.DRAFT) {
            throw notRemovable(meetingId, "error.sessions.meeting.not-removable.announced");
        }
        Object[] traces = (Object[]) em.createNativeQuery("select"
                        + " (select count(*) from sessions.meeting_registration where meeting_id = ?1),"
                        + " (select count(*) from sessions.date_poll where meeting_id = ?1),"
                        + " (select count(*) from sessions.meeting_minutes where meeting_id = ?1)"
                        + " + (select count(*) from sessions.meeting_attachment where meeting_id = ?1)"
                        + " + (select count(*) from sessions.follow_up_action where meeting_id = ?1)")
                .setParameter(1, meeting.id()).getSingleResult();
        String[] reasons = {"error.sessions.meeting.not-removable.registrations",
            "error.sessions.meeting.not-removable.poll", "error.sessions.meeting.not-removable.records"};
        for (int i = 0; i < reasons.length; i++) {
            if (((Number) traces[i]).longValue() > 0) {
                throw notRemovable(meetingId, reasons[i]);
            }
        }
        MeetingView before = book.view(meeting);
        List<Meeting> after = book.meetings(meeting.series()).stream().filter(m -> meeting.number() != null
                && m.number() != null && m.number() > meeting.number())
                .sorted(Comparator.comparing(Meeting::number)).toList();
        em.remove(meeting);
        em.flush();
        audit.record("sessions.meeting.removed", target(meeting), before, null);
        // the series keeps counting 1, 2, 3 while no meeting after the removed one was made known by its number
        if (after.stream().noneMatch(Meeting::shownToCircle)) {
            for (Meeting later : after) {
                // a title the product gave goes with the number; one the coordinator gave stays
                String title = Stream.of("nl", "en").filter(language -> later.title().equals(
                        defaultTitle(later.number(), language))).findFirst()
                        .map(language -> defaultTitle(later.number() - 1, language)).orElse(later.title());
                later.renumber(later.number() - 1, title);
                // one at a time: each number is unique in its series
                em.flush();
            }
        }
    }

    private static InvalidInputException notRemovable(long meetingId, String why) {
        return new InvalidInputException("meeting", why, "meeting " + meetingId + " stays on record; cancel it");
    }

    /** The series of an edition, for anyone signed in. */
    public Optional<MeetingSeriesView> seriesOfEdition(long editionId) {
        access.caller();
        return book.seriesOfEdition(editionId).map(book::view);
    }

    /**
     * The edition whose series has the next announced meeting: the one its participants are in, even when a newer
     * edition already takes enrolments. Empty when no meeting is ahead.
     */
    public Optional<Long> editionOfNextMeeting() {
        return editionsWithMeetingsAhead().stream().findFirst();
    }

    /**
     * Every edition with announced meetings still to come, the one of the next meeting first: a newer edition's
     * first meeting may come before the last of the one running.
     */
    public List<Long> editionsWithMeetingsAhead() {
        return book.editionsWithMeetingsAhead();
    }

    /**
     * The meetings of an edition for the public circle page, anyone signed in or not: every meeting the circle was
     * told of ({@link Meeting#shownToCircle}), in series order; empty while the edition has no series.
     */
    public List<PublicMeeting> publicSchedule(long editionId) {
        // in the order they take place, whatever their numbers (a later meeting may be dated first); undated last
        return book.seriesOfEdition(editionId).stream().flatMap(series -> book.meetings(series).stream())
                .filter(Meeting::shownToCircle)
                .sorted(Comparator.comparing(Meeting::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(m -> new PublicMeeting(m.number(), m.kind(), m.title(), MeetingBook.dutch(m.startsAt()),
                        MeetingBook.dutch(m.endsAt()), m.format(), m.format().needsVenue() ? m.venueCity() : null,
                        m.status()))
                .toList();
    }

    public MeetingSeriesView series(long seriesId) {
        access.caller();
        return book.view(book.series(seriesId));
    }

    public MeetingView meeting(long meetingId) {
        access.caller();
        return book.view(book.meeting(meetingId));
    }

    /**
     * Sets what the coordinator plans of a meeting on top of the version they saw. A capacity below the people
     * holding a place is refused; a larger one gives places to the waiting list at once. Agenda slots name known
     * municipalities.
     */
    public MeetingSaved describe(long meetingId, @NotNull MeetingDetails details) {
        access.coordinator();
        Meeting meeting = current(meetingId, details.version());
        MeetingView before = book.view(meeting);
        Instant datedBefore = meeting.startsAt();
        MeetingBook.requireOnTheClock("startsAt", details.startsAt());
        MeetingBook.requireOnTheClock("endsAt", details.endsAt());
        // a capacity out of range at all is said as such by the meeting's own rules, with the others
        if (details.capacity() >= 1 && details.capacity() < before.registered()) {
            throw new InvalidInputException("capacity", "error.sessions.meeting.capacity.below-registered",
                    "capacity " + details.capacity() + " is below the " + before.registered() + " registered");
        }
        Set<String> known = details.agenda().stream().anyMatch(a -> a.municipalityCode() != null)
                ? areas.all().stream().map(MunicipalityArea::code).collect(Collectors.toSet()) : Set.of();
        for (AgendaItem item : details.agenda()) {
            if (item.municipalityCode() != null && !item.municipalityCode().isBlank()
                    && !known.contains(MunicipalityCodes.normalised(item.municipalityCode()))) {
                throw new InvalidInputException("agenda", "error.municipality.unknown",
                        "no municipality " + item.municipalityCode());
            }
        }
        meeting.describe(new Meeting.Description(details.title(), details.themes(), details.format(),
                details.venueName(), details.venueAddress(), details.venueCity(), details.onlineLink(),
                MeetingBook.instant(details.startsAt()), MeetingBook.instant(details.endsAt()), details.capacity(),
                details.municipalityLimit(), details.agenda()), book.now());
        em.flush();
        places.rebalance(meeting);
        boolean pollEnded = meeting.startsAt() != null && !meeting.startsAt().equals(datedBefore) && endPoll(meeting);
        MeetingView after = book.view(meeting);
        audit.record("sessions.meeting.described", target(meeting), before, after);
        // a new date or time of a meeting people were told of reaches them as a cancellation would
        if (before.status().announced() && datedBefore != null
                && (!datedBefore.equals(meeting.startsAt()) || !Objects.equals(before.endsAt(), after.endsAt()))) {
            tell(meeting, "rescheduled", toldTheCircle(before),
                    new MeetingMails.Period(datedBefore, MeetingBook.instant(before.endsAt())),
                    new MeetingMails.Period(meeting.startsAt(), meeting.endsAt()));
        } else if (before.status().announced() && datedBefore != null && !samePlace(before, after)) {
            // and so does a new place, format or link: what people keep in their calendars must follow
            tell(meeting, "relocated", toldTheCircle(before));
        }
        return new MeetingSaved(after, book.overlapping(meeting), pollEnded);
    }

    private static boolean samePlace(MeetingView a, MeetingView b) {
        return a.format() == b.format() && Objects.equals(a.venueName(), b.venueName())
                && Objects.equals(a.venueAddress(), b.venueAddress()) && Objects.equals(a.venueCity(), b.venueCity())
                && Objects.equals(a.onlineLink(), b.onlineLink());
    }

    /**
     * Provisional (onder voorbehoud), confirmed, held or cancelled, on top of the version the coordinator saw. A
     * cancellation is mailed to everyone told the meeting takes place ({@link #tell}) and to everyone its open date
     * poll asked for a date, whose poll it closes.
     */
    public MeetingView changeStatus(long meetingId, long version, @NotNull MeetingStatus status) {
        access.coordinator();
        Meeting meeting = current(meetingId, version);
        MeetingView before = book.view(meeting);
        Map<String, Person> asked = askedForADate(meeting);
        meeting.changeStatus(status, book.now());
        if (!status.open()) {
            endPoll(meeting);
        }
        MeetingView after = book.view(meeting);
        audit.record("sessions.meeting.status-changed", target(meeting), before, after);
        if (status == MeetingStatus.CONFIRMED && before.status() != MeetingStatus.CONFIRMED) {
            announce(meeting);
        }
        if (status == MeetingStatus.CANCELLED) {
            Map<String, Person> told = toTell(meeting, toldTheCircle(before));
            // one waiting for a place was sent no calendar file, so gets none to take the meeting out of a calendar
            told.forEach((address, person) -> mail(meeting, "-waiting".equals(person.audience()) ? "cancelled-waiting"
                    : "cancelled", address, person));
            asked.forEach((address, person) -> {
                if (!told.containsKey(address)) {
                    mail(meeting, "poll-cancelled", address, person);
                }
            });
        }
        return after;
    }

    /** How many people cancelling this meeting is mailed to now ({@link #changeStatus}), as the page says beforehand. */
    public int cancellationAudience(long meetingId) {
        access.coordinator();
        Meeting meeting = book.meeting(meetingId);
        Set<String> told = new HashSet<>(toTell(meeting, toldTheCircle(book.view(meeting))).keySet());
        told.addAll(askedForADate(meeting).keySet());
        return told.size();
    }

    /** Everyone the meeting's open date poll still invites, guests too, by address in lower case. */
    private Map<String, Person> askedForADate(Meeting meeting) {
        Map<String, Person> asked = new LinkedHashMap<>();
        polls.openOfMeeting(meeting.id()).ifPresent(poll -> polls.stillInvited(poll).forEach(invitee -> asked.putIfAbsent(
                invitee.email().toLowerCase(Locale.ROOT),
                new Person(invitee.email(), invitee.language(), invitee.name(), "-circle"))));
        return asked;
    }

    /** Whether everyone taking part in the edition was told the meeting takes place: it was confirmed. */
    private static boolean toldTheCircle(MeetingView before) {
        return before.status() == MeetingStatus.CONFIRMED || before.status() == MeetingStatus.MOVED_ONLINE;
    }

    /**
     * How many people a change of this meeting's date, time or format is mailed to now ({@link #tell}), so the page
     * can say so before it is made.
     */
    public int audience(long meetingId) {
        access.coordinator();
        Meeting meeting = book.meeting(meetingId);
        return toTell(meeting, toldTheCircle(book.view(meeting))).size();
    }

    /**
     * Mails a change of a meeting ({@code kind}, with {4} each person's name, then {@code more} and the meeting's
     * page) to everyone {@link #toTell} names, in each one's language; {@code kind-circle} to those not registered.
     */
    private void tell(Meeting meeting, String kind, boolean circleToo, Object... more) {
        // one who is not registered is told how to be, one waiting that they still are, not that a registration stands
        Object[] withPage = Stream.concat(Stream.of(more), Stream.of(mails.page(meeting))).toArray();
        toTell(meeting, circleToo).forEach((address, person) -> mail(meeting, kind + person.audience(), address,
                person, withPage));
    }

    /** Mails {@code kind} about the meeting to one person, greeted by name, once per change of the meeting. */
    private void mail(Meeting meeting, String kind, String address, Person person, Object... more) {
        mails.send(changeKey(meeting, kind) + address, person.email(), person.language(), kind, meeting,
                withName(person.name(), more));
    }

    /**
     * Everyone registered or waiting and, when {@code circleToo}, everyone taking part in the edition, who was told of
     * the meeting when it was confirmed; by address in lower case, each once.
     */
    private Map<String, Person> toTell(Meeting meeting, boolean circleToo) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (MeetingRegistration registration : book.registrations(meeting)) {
            if (registration.live()) {
                people.putIfAbsent(registration.email().toLowerCase(Locale.ROOT), new Person(registration.email(),
                        registration.language(), registration.name(),
                        registration.status() == RegistrationStatus.WAITING_LIST ? "-waiting" : ""));
            }
        }
        if (circleToo) {
            for (EditionParticipant participant : enrolments.participantsOf(meeting.series().editionId())) {
                people.putIfAbsent(participant.email().toLowerCase(Locale.ROOT),
                        new Person(participant.email(), participant.language(), participant.name(),
                                MeetingMails.circleAudience(participant)));
            }
        }
        // a guest of the poll that fixed the date was sent it with a calendar file: the speaker must hear of a change
        polls.latestOfMeeting(meeting.id()).filter(poll -> poll.fixedSlotId() != null).stream()
                .flatMap(poll -> polls.invitees(poll).stream())
                .filter(invitee -> invitee.kind() == PollInvitee.Kind.GUEST)
                .forEach(guest -> people.putIfAbsent(guest.email().toLowerCase(Locale.ROOT),
                        new Person(guest.email(), guest.language(), guest.name(), "-guest")));
        return people;
    }

    /**
     * Someone a meeting's change is mailed to, and the mail they get of a kind ({@code audience} after its name):
     * registered (none), on the waiting list ({@code -waiting}), taking part in the edition without a
     * registration, as an officer who registers people ({@code -circle}) or as an enrolment's contact
     * ({@code -contact}), or a guest its date poll told the date ({@code -guest}).
     */
    private record Person(String email, String language, String name, String audience) {
    }

    /** The start of the outbox key of a mail telling of this change, so each address gets it once. */
    private static String changeKey(Meeting meeting, String kind) {
        return "meeting:" + meeting.id() + ":" + kind + ":" + meeting.sequence() + ":";
    }

    private static Object[] withName(String name, Object... more) {
        return Stream.concat(Stream.of(name), Stream.of(more)).toArray();
    }

    /**
     * Announces a meeting its date poll has just dated and confirmed ({@link DatePolls#fix}), as confirming it here
     * does; the addresses told, in lower case, so the poll's mail goes only to those who were not.
     */
    public Set<String> announceDated(long meetingId) {
        access.coordinator();
        Meeting meeting = book.meeting(meetingId);
        return meeting.status() == MeetingStatus.CONFIRMED ? announce(meeting) : Set.of();
    }

    /**
     * A meeting confirmed is announced to everyone taking part in the edition, in their language, with its date, place
     * and the page where they register; once per confirmation, so a meeting confirmed again after a change is
     * announced again. Returns the addresses told, in lower case.
     */
    private Set<String> announce(Meeting meeting) {
        Set<String> told = new HashSet<>();
        for (EditionParticipant participant : enrolments.participantsOf(meeting.series().editionId())) {
            told.add(participant.email().toLowerCase(Locale.ROOT));
            mails.announce(meeting, participant);
        }
        // those registered while it was provisional were promised word once its date is firm; a guest has the
        // poll's own word of it
        toTell(meeting, false).forEach((address, person) -> {
            if (!"-guest".equals(person.audience()) && told.add(address)) {
                mail(meeting, "settled" + person.audience(), address, person);
            }
        });
        return told;
    }

    /**
     * Moves a meeting online or to hybrid in one step: the link is required, registrations stay, and everyone told
     * the meeting takes place is mailed the link ({@link #tell}).
     */
    public MeetingView moveOnline(long meetingId, long version, @NotNull MeetingFormat format, String link) {
        access.coordinator();
        Meeting meeting = current(meetingId, version);
        MeetingView before = book.view(meeting);
        meeting.moveOnline(format, link);
        MeetingView after = book.view(meeting);
        audit.record("sessions.meeting.moved-online", target(meeting), before, after);
        tell(meeting, "moved", toldTheCircle(before), format);
        return after;
    }

    /**
     * The meetings of the series that {@link #remove} would remove: drafts without registrations, date poll or
     * records. For coordinators, so the page offers removal only where it can be done.
     */
    public Set<Long> removable(long seriesId) {
        access.coordinator();
        List<?> ids = em.createNativeQuery("select m.id from sessions.meeting m where m.series_id = ?1"
                        + " and m.status = 'DRAFT'"
                        + " and not exists (select 1 from sessions.meeting_registration r where r.meeting_id = m.id)"
                        + " and not exists (select 1 from sessions.date_poll p where p.meeting_id = m.id)"
                        + " and not exists (select 1 from sessions.meeting_minutes n where n.meeting_id = m.id)"
                        + " and not exists (select 1 from sessions.meeting_attachment a where a.meeting_id = m.id)"
                        + " and not exists (select 1 from sessions.follow_up_action f where f.meeting_id = m.id)")
                .setParameter(1, seriesId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /**
     * Themes for the next meeting: the eight learning goals ranked by how many municipalities with a confirmed
     * enrolment in the edition chose them, ties in the goals' published order; each says which meetings of the
     * series have it already. For coordinators, who plan.
     */
    public List<ThemeSuggestion> themeSuggestions(long seriesId) {
        access.coordinator();
        MeetingSeries series = book.series(seriesId);
        Map<LearningGoal, Set<String>> chosenBy = new EnumMap<>(LearningGoal.class);
        for (LearningGoal goal : LearningGoal.values()) {
            chosenBy.put(goal, new TreeSet<>());
        }
        for (EnrolmentView enrolment : enrolments.list(series.editionId(), Set.of(EnrolmentStatus.CONFIRMED))) {
            enrolment.learningGoals().forEach(goal -> chosenBy.get(goal).add(enrolment.municipalityName()));
        }
        List<Meeting> meetings = book.meetings(series);
        List<ThemeSuggestion> suggestions = new ArrayList<>();
        for (LearningGoal goal : LearningGoal.values()) {
            suggestions.add(new ThemeSuggestion(goal, chosenBy.get(goal).size(), List.copyOf(chosenBy.get(goal)),
                    meetings.stream().filter(m -> m.number() != null && m.themes().contains(goal)
                            && m.status() != MeetingStatus.CANCELLED).map(Meeting::number).toList()));
        }
        suggestions.sort(Comparator.comparingInt(ThemeSuggestion::municipalities).reversed()
                .thenComparing(ThemeSuggestion::goal));
        return suggestions;
    }

    /**
     * Brings a series in line with its edition's enrolments, should a reaction to one of registration's events have
     * been missed: confirmed municipalities invited to open polls, registrations of those no longer taking part
     * cancelled (their places to the waiting list). Changes nothing when all is in order.
     */
    public void reconcile(long seriesId) {
        access.coordinator();
        participation.reconcile(book.series(seriesId));
    }

    /** A meeting dated by hand, held or cancelled asks no one for a date any more: its open poll ends. */
    /** Ends the meeting's open date poll, if it has one; whether it had. */
    private boolean endPoll(Meeting meeting) {
        return polls.endOpenOf(meeting).map(poll -> {
            audit.record("sessions.poll.ended", "date-poll:" + poll.id(), Map.of("status", PollStatus.OPEN),
                    Map.of("status", PollStatus.CLOSED));
            return true;
        }).orElse(false);
    }

    /** The meeting locked, checked against the version the caller saw. */
    private Meeting current(long meetingId, long version) {
        Meeting meeting = book.lockedMeeting(meetingId);
        if (meeting.version() != version) {
            throw new ConcurrentChangeException("meeting " + meetingId + " changed since version " + version,
                    book.view(meeting));
        }
        return meeting;
    }

    static String target(Meeting meeting) {
        return "meeting:" + meeting.id();
    }
}

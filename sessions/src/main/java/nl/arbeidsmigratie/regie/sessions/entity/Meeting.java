package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.sessions.api.AgendaItem;
import nl.arbeidsmigratie.regie.sessions.api.MeetingFormat;
import nl.arbeidsmigratie.regie.sessions.api.MeetingKind;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;

/**
 * A meeting of a series. Its place and time change through {@link #describe}, {@link #moveOnline} and
 * {@link #fixDate}, its status through {@link #changeStatus}; each such change raises {@link #sequence()}, so a
 * calendar updates the event it already holds instead of adding a second one.
 */
@Entity
// A series' meetings read their themes and agendas in one statement each, not one per meeting.
@NamedQuery(name = Meeting.OF_SERIES, query = "select m from Meeting m where m.series.id = :series "
        + "order by m.kind, m.number, m.startsAt, m.id", hints = {
        @QueryHint(name = "eclipselink.batch.type", value = "IN"),
        @QueryHint(name = "eclipselink.batch", value = "m.themes"),
        @QueryHint(name = "eclipselink.batch", value = "m.agenda")})
// The edition whose series holds the next announced meeting: the circle people are taking part in.
@NamedQuery(name = Meeting.EDITION_OF_NEXT, query = "select m.series.editionId from Meeting m where m.startsAt > :now "
        + "and m.status in :announced order by m.startsAt, m.id")
public class Meeting {

    public static final String OF_SERIES = "Meeting.ofSeries";
    public static final String EDITION_OF_NEXT = "Meeting.editionOfNext";
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 500;
    public static final int MAX_LINK = 2000;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_AGENDA = 40;
    /** A meeting (or a moment proposed for it) lies from this day on: an earlier year is a typing error. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    /** ... and at most this many years ahead: a circle plans its meetings, not the next decade's. */
    public static final int LONGEST_AHEAD_YEARS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    private Integer number;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_theme", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "goal")
    @Enumerated(EnumType.STRING)
    private Set<LearningGoal> themes = EnumSet.noneOf(LearningGoal.class);

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    @Column(name = "venue_name")
    private String venueName;

    @Column(name = "venue_address")
    private String venueAddress;

    @Column(name = "venue_city")
    private String venueCity;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private int capacity;

    @Column(name = "municipality_limit")
    private Integer municipalityLimit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AgendaEntry> agenda = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    private int sequence;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Whether the circle was ever told it takes place: from then on it is on the public page and in calendars. */
    private boolean announced;

    @Version
    private long version;

    protected Meeting() {
    }

    /** A new draft: on location, no date yet. {@code number} is null for an information session. */
    public Meeting(MeetingSeries series, Integer number, String title, int capacity, Instant createdAt) {
        this.series = Objects.requireNonNull(series);
        this.number = number;
        this.kind = number == null ? MeetingKind.INFORMATION : MeetingKind.CIRCLE;
        this.title = Objects.requireNonNull(title);
        this.format = MeetingFormat.ON_LOCATION;
        this.capacity = checkedCapacity(capacity);
        this.status = MeetingStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The details a coordinator sets; texts are trimmed, start and end already in UTC. */
    public record Description(String title, Set<LearningGoal> themes, MeetingFormat format, String venueName,
                              String venueAddress, String venueCity, String onlineLink, Instant startsAt,
                              Instant endsAt, int capacity, Integer municipalityLimit, List<AgendaItem> agenda) {
    }

    /**
     * Replaces everything the coordinator sets. A change of time, place or format raises the sequence; whether
     * the capacity still fits the people registered is the caller's question, it needs to count them.
     */
    public void describe(Description d, Instant now) {
        requireOpen();
        InputChecks checks = new InputChecks();
        String cleanTitle = checks.value(() -> TextRules.requiredLine("title", d.title(), MAX_TITLE,
                "error.sessions.meeting.title.required"));
        // a draft is planned bit by bit; what the circle needs to attend is asked once it is announced
        boolean announced = status.announced();
        checks.require(!announced || d.themes() != null && !d.themes().isEmpty(), "themes",
                "error.sessions.meeting.themes.required", "at least one learning goal is the theme");
        checks.require(d.format() != null, "format", "error.sessions.meeting.format.required", "a format is required");
        String name = checks.value(() -> TextRules.optionalLine("venueName", d.venueName(), MAX_TEXT));
        // one line wherever it is shown (a form's field, a calendar's location): the lines of a pasted address apart
        String address = checks.value(() -> TextRules.optionalLine("venueAddress", d.venueAddress() == null ? null
                : d.venueAddress().strip().replaceAll("\\s*\\R\\s*", ", "), MAX_TEXT));
        String city = checks.value(() -> TextRules.optionalLine("venueCity", d.venueCity(), MAX_TEXT));
        boolean needsVenue = announced && d.format() != null && d.format().needsVenue();
        checks.require(!needsVenue || !blank(d.venueName()) && !blank(d.venueCity()),
                blank(d.venueName()) ? "venueName" : "venueCity", "error.sessions.meeting.venue.required",
                "a meeting on location needs a venue and a city");
        String link = checks.value(() -> link(d.onlineLink(), announced && d.format() != null
                && d.format().needsLink()));
        checks.check(() -> checkTimes(d.startsAt(), d.endsAt()));
        checks.check(() -> checkReach(d.startsAt(), now, "startsAt"));
        Integer newCapacity = checks.value(() -> checkedCapacity(d.capacity()));
        checks.require(d.municipalityLimit() == null || d.municipalityLimit() >= 1
                        && d.municipalityLimit() <= (newCapacity == null ? MAX_CAPACITY : newCapacity),
                "municipalityLimit", "error.sessions.meeting.limit.range",
                "the limit per municipality lies between 1 and the capacity");
        List<AgendaEntry> given = checks.value(() -> agenda(d.agenda()));
        checks.refuseIfBroken();
        // a programme left as it was moves with the meeting's start; one the coordinator changed is theirs
        List<AgendaEntry> items = given.stream().map(AgendaEntry::view).toList().equals(agenda())
                ? followingStart(agenda, d.startsAt()) : given;
        boolean moved = !Objects.equals(startsAt, d.startsAt()) || !Objects.equals(endsAt, d.endsAt())
                || format != d.format() || !Objects.equals(venueName, name) || !Objects.equals(venueAddress, address)
                || !Objects.equals(venueCity, city) || !Objects.equals(onlineLink, link);
        this.title = cleanTitle;
        this.themes = d.themes() == null || d.themes().isEmpty() ? EnumSet.noneOf(LearningGoal.class)
                : EnumSet.copyOf(d.themes());
        this.format = d.format();
        this.venueName = name;
        this.venueAddress = address;
        this.venueCity = city;
        this.onlineLink = link;
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.capacity = newCapacity;
        this.municipalityLimit = d.municipalityLimit();
        this.agenda = items;
        if (moved) {
            sequence++;
        }
    }

    /**
     * Moves the meeting online or to hybrid, keeping its venue for hybrid; a confirmed meeting wholly online is
     * {@link MeetingStatus#MOVED_ONLINE}, a provisional one stays provisional (its date is no firmer for it) and a
     * draft a draft: moving it announces nothing. A link is required.
     */
    public void moveOnline(MeetingFormat target, String link) {
        requireOpen();
        if (target == null || target == MeetingFormat.ON_LOCATION) {
            throw new InvalidInputException("format", "error.sessions.meeting.move.format",
                    "a meeting moves online or to hybrid");
        }
        // as when it is described: a draft is planned bit by bit, an announced meeting names where it is held
        if (target == MeetingFormat.HYBRID && status.announced() && (venueName == null || venueCity == null)) {
            throw new InvalidInputException("venueName", "error.sessions.meeting.venue.required",
                    "a hybrid meeting needs a venue and a city");
        }
        this.onlineLink = link(link, true);
        this.format = target;
        if (target == MeetingFormat.ONLINE && status == MeetingStatus.CONFIRMED) {
            this.status = MeetingStatus.MOVED_ONLINE;
        }
        announced |= status.announced();
        sequence++;
    }

    /**
     * The date a poll found: the meeting gets it and is confirmed, unless it still lacks what the circle needs to
     * attend ({@link #requireAnnounceable()}): then it stays a draft, dated, for the coordinator to complete and
     * announce.
     */
    public void fixDate(Instant start, Instant end) {
        requireOpen();
        checkTimes(start, end);
        this.agenda = followingStart(agenda, start);
        this.startsAt = start;
        this.endsAt = end;
        if (status != MeetingStatus.MOVED_ONLINE && !announcing().broken()) {
            this.status = MeetingStatus.CONFIRMED;
        }
        announced |= status.announced();
        sequence++;
    }

    /**
     * Refuses to announce a meeting the circle could not attend: one without a date, without a theme, without a
     * venue and city where it meets on location, or without a link where it meets online; each that is missing is
     * named.
     */
    public void requireAnnounceable() {
        announcing().refuseIfBroken();
    }

    /** What announcing the meeting asks of it, each thing it lacks kept as a refusal. */
    private InputChecks announcing() {
        boolean dated = startsAt != null;
        boolean themed = !themes.isEmpty();
        boolean placed = !format.needsVenue() || venueName != null && venueCity != null;
        boolean linked = !format.needsLink() || onlineLink != null;
        InputChecks checks = new InputChecks();
        checks.require(dated, "status", "error.sessions.meeting.date.required",
                "a meeting is dated before it is announced");
        checks.require(!dated || themed && placed && linked, "meeting", "error.sessions.meeting.incomplete",
                "meeting " + id + " lacks what the circle needs to attend");
        checks.require(themed, "themes", "error.sessions.meeting.themes.required",
                "at least one learning goal is the theme");
        checks.require(placed, venueName == null ? "venueName" : "venueCity", "error.sessions.meeting.venue.required",
                "a meeting on location needs a venue and a city");
        checks.require(linked, "onlineLink", "error.sessions.meeting.link.required", "an online meeting needs a link");
        return checks;
    }


    /** Provisional, confirmed, held or cancelled; moving online has its own step. */
    public void changeStatus(MeetingStatus target, Instant now) {
        requireOpen();
        switch (target) {
            case PROVISIONAL, CONFIRMED -> requireAnnounceable();
            case HELD -> {
                if (startsAt == null || startsAt.isAfter(now)) {
                    throw new InvalidInputException("status", "error.sessions.meeting.not-started",
                            "a meeting is held only once it has started");
                }
            }
            case CANCELLED -> { }
            default -> throw new InvalidInputException("status", "error.sessions.meeting.status.not-allowed",
                    "no change to " + target + " this way");
        }
        if (target != status) {
            // a calendar takes over a new status only with a higher sequence (RFC 5545, 3.8.7.4)
            sequence++;
        }
        this.status = target;
        announced |= status.announced() || status == MeetingStatus.HELD;
    }

    /**
     * Whether the circle sees it (the public page, calendar feeds and files): once announced, also when it is
     * cancelled later, or held; a draft, or one cancelled before it was announced, not.
     */
    public boolean shownToCircle() {
        return announced;
    }

    /**
     * Whether people may register at {@code now}: announced, dated and not yet ended. A meeting moved wholly online
     * before it had a date is announced but undated, so the date is asked for too.
     */
    public boolean takesRegistrations(Instant now) {
        return status.announced() && startsAt != null && endsAt.isAfter(now);
    }

    /** Refuses a registration at {@code now}, saying why, unless the meeting {@link #takesRegistrations} then. */
    public void requireTakesRegistrations(Instant now) {
        if (takesRegistrations(now)) {
            return;
        }
        if (!status.open()) {
            throw new InvalidInputException("meetingId", "error.sessions.meeting.closed",
                    "meeting " + id + " is " + status);
        }
        if (!status.announced() || startsAt == null) {
            throw new InvalidInputException("meetingId", "error.sessions.registration.not-announced",
                    "meeting " + id + " is " + status + (startsAt == null ? " without a date" : "")
                            + " and takes no registrations yet");
        }
        throw new InvalidInputException("meetingId", "error.sessions.registration.ended",
                "meeting " + id + " ended at " + endsAt + " and takes no registrations any more");
    }

    /**
     * Refuses taking a registration back once a meeting on a firm date began: from then on the list is who was
     * expected, and the attendance says who came. A provisional date that passed was no appointment.
     */
    public void requireNotStarted(Instant now) {
        if (startsAt != null && !startsAt.isAfter(now) && status != MeetingStatus.PROVISIONAL) {
            throw new InvalidInputException("meetingId", "error.sessions.registration.started",
                    "meeting " + id + " started at " + startsAt + "; its registrations stand");
        }
    }

    /** Refuses any change once the meeting was held or cancelled: from then on it is what happened. */
    public void requireOpen() {
        if (!status.open()) {
            throw new InvalidInputException("meeting", "error.sessions.meeting.closed",
                    "meeting " + id + " is " + status + " and no longer changes");
        }
    }

    private static void checkTimes(Instant start, Instant end) {
        if ((start == null) != (end == null)) {
            throw new InvalidInputException(start == null ? "startsAt" : "endsAt",
                    "error.sessions.meeting.times.both", "a start and an end, or neither");
        }
        if (start != null && !end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "error.sessions.meeting.times.order",
                    "the end lies after the start");
        }
    }

    /** Refuses a start before {@link #EARLIEST_DAY} or more than {@link #LONGEST_AHEAD_YEARS} years after now. */
    public static void checkReach(Instant start, Instant now, String field) {
        if (start == null) {
            return;
        }
        if (start.isBefore(EARLIEST_DAY.atStartOfDay(DutchTime.ZONE).toInstant())) {
            throw new InvalidInputException(field, "error.sessions.meeting.date.too-early", "before " + EARLIEST_DAY);
        }
        if (start.isAfter(now.atZone(DutchTime.ZONE).plusYears(LONGEST_AHEAD_YEARS).toInstant())) {
            throw new InvalidInputException(field, "error.sessions.meeting.date.too-late",
                    "more than " + LONGEST_AHEAD_YEARS + " years ahead");
        }
    }

    private static boolean blank(String text) {
        return FreeText.blank(text);
    }

    private static int checkedCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidInputException("capacity", "error.sessions.meeting.capacity.range",
                    "capacity between 1 and " + MAX_CAPACITY);
        }
        return capacity;
    }

    private static String link(String value, boolean required) {
        String link = TextRules.optional("onlineLink", value, MAX_LINK);
        if (link == null) {
            if (required) {
                throw new InvalidInputException("onlineLink", "error.sessions.meeting.link.required",
                        "an online meeting needs a link");
            }
            return null;
        }
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(link, "not https");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("onlineLink", "error.sessions.meeting.link.invalid",
                    "the link is an https:// address");
        }
        return link;
    }

    /**
     * The programme for a meeting that is to start at {@code start}: each item as long after the start as it was, so
     * a welcome at the start stays at the start. Kept as it is without a start before or after, or when an item
     * would leave the day.
     */
    private List<AgendaEntry> followingStart(List<AgendaEntry> items, Instant start) {
        if (startsAt == null || start == null || items.isEmpty()) {
            return items;
        }
        int minutes = (start.atZone(DutchTime.ZONE).toLocalTime().toSecondOfDay()
                - startsAt.atZone(DutchTime.ZONE).toLocalTime().toSecondOfDay()) / 60;
        if (minutes == 0) {
            return items;
        }
        List<AgendaEntry> moved = new ArrayList<>();
        for (AgendaEntry item : items) {
            AgendaEntry later = item.shifted(minutes);
            if (later == null) {
                return items;
            }
            moved.add(later);
        }
        return moved;
    }

    private static List<AgendaEntry> agenda(List<AgendaItem> items) {
        if (items.size() > MAX_AGENDA) {
            throw new InvalidInputException("agenda", "error.sessions.agenda.too-many",
                    "at most " + MAX_AGENDA + " agenda items");
        }
        List<AgendaEntry> entries = new ArrayList<>();
        for (AgendaItem item : items) {
            // the refusal names the row, counted from 1 as the form shows them
            int row = entries.size() + 1;
            if (item.startsAt() == null || item.endsAt() == null) {
                throw new InvalidInputException("agenda", "error.sessions.agenda.time.missing",
                        "agenda item " + row + " needs a start and an end", row);
            }
            if (!item.endsAt().isAfter(item.startsAt())) {
                throw new InvalidInputException("agenda", "error.sessions.agenda.times",
                        "agenda item " + row + " ends before it starts", row);
            }
            if (FreeText.blank(item.title())) {
                throw new InvalidInputException("agenda", "error.sessions.agenda.title.required",
                        "agenda item " + row + " has no description", row);
            }
            String title = TextRules.requiredLine("agenda", item.title(), MAX_TEXT,
                    "error.sessions.agenda.title.required");
            entries.add(new AgendaEntry(new AgendaItem(item.startsAt(), item.endsAt(), title,
                    TextRules.optionalLine("agenda", item.speaker(), MAX_TEXT),
                    TextRules.optional("agenda", MunicipalityCodes.normalised(item.municipalityCode()), 6))));
        }
        return entries;
    }

    public boolean overlaps(Meeting other) {
        return !Objects.equals(id, other.id) && other.takesPlaceDuring(startsAt, endsAt);
    }

    /** Whether this meeting, dated and not cancelled, takes place during some of the period (open at its end). */
    public boolean takesPlaceDuring(Instant from, Instant to) {
        return startsAt != null && from != null && to != null && status != MeetingStatus.CANCELLED
                && startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public Long id() {
        return id;
    }

    public MeetingSeries series() {
        return series;
    }

    public Integer number() {
        return number;
    }

    /** Its place in the series after a draft before it was removed, and the title that goes with it. */
    public void renumber(int number, String title) {
        if (this.number == null || number < 1) {
            throw new IllegalStateException("only a circle meeting has a number, from 1");
        }
        this.number = number;
        this.title = Objects.requireNonNull(title);
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Set<LearningGoal> themes() {
        return themes.isEmpty() ? EnumSet.noneOf(LearningGoal.class) : EnumSet.copyOf(themes);
    }

    public MeetingFormat format() {
        return format;
    }

    public String venueName() {
        return venueName;
    }

    public String venueAddress() {
        return venueAddress;
    }

    public String venueCity() {
        return venueCity;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int capacity() {
        return capacity;
    }

    public Integer municipalityLimit() {
        return municipalityLimit;
    }

    public List<AgendaItem> agenda() {
        return agenda.stream().map(AgendaEntry::view).toList();
    }

    public MeetingStatus status() {
        return status;
    }

    public int sequence() {
        return sequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

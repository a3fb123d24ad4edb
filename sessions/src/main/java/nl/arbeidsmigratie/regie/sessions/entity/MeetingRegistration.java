package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.sessions.api.Attendance;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;

/** A person registered for a meeting for a municipality; the order of arrival decides who waits. */
@Entity
@Table(name = "meeting_registration")
@NamedQuery(name = MeetingRegistration.OF_MEETING, query = "select r from MeetingRegistration r "
        + "where r.meeting.id = :meeting order by r.registeredAt, r.id")
@NamedQuery(name = MeetingRegistration.LIVE_OF_MUNICIPALITY, query = "select r from MeetingRegistration r "
        + "where r.municipalityCode = :code and r.status <> "
        + "nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus.CANCELLED order by r.registeredAt, r.id")
@NamedQuery(name = MeetingRegistration.COUNTS_OF_SERIES, query = "select r.meeting.id, r.status, count(r) "
        + "from MeetingRegistration r where r.meeting.series.id = :series group by r.meeting.id, r.status")
public class MeetingRegistration {

    public static final String OF_MEETING = "MeetingRegistration.ofMeeting";
    public static final String COUNTS_OF_SERIES = "MeetingRegistration.countsOfSeries";
    public static final String LIVE_OF_MUNICIPALITY = "MeetingRegistration.liveOfMunicipality";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    /** The meeting's key as a value of its own: a view of the registration needs no more of the meeting. */
    @Column(name = "meeting_id", insertable = false, updatable = false)
    private long meetingId;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "municipality_name")
    private String municipalityName;

    private String name;

    private String email;

    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_field")
    private PolicyField policyField;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "registered_by")
    private String registeredBy;

    @Version
    private long version;

    protected MeetingRegistration() {
    }

    /** A person; given a place when {@code placeLeft}, else on the waiting list. */
    public MeetingRegistration(Meeting meeting, String municipalityCode, String municipalityName, String name,
                               String email, String language, PolicyField policyField, boolean placeLeft,
                               Instant at, String by) {
        this.meeting = Objects.requireNonNull(meeting);
        this.meetingId = meeting.id();
        this.municipalityCode = Objects.requireNonNull(municipalityCode);
        this.municipalityName = Objects.requireNonNull(municipalityName);
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
        this.language = Objects.requireNonNull(language);
        this.policyField = policyField;
        this.status = placeLeft ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING_LIST;
        this.registeredAt = Objects.requireNonNull(at);
        this.registeredBy = Objects.requireNonNull(by);
    }

    /** Gives up the place or the wait; a place freed goes to the next in line (the caller's work). */
    public void cancel(Instant at) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new InvalidInputException("registration", "error.sessions.registration.cancelled",
                    "registration " + id + " was cancelled already");
        }
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = at;
    }

    /** From the waiting list to a place. */
    public void promote() {
        if (status != RegistrationStatus.WAITING_LIST) {
            throw new IllegalStateException("only a waiting registration is promoted");
        }
        this.status = RegistrationStatus.REGISTERED;
    }

    /** Attendance is recorded for people who held a place. */
    public void attended(Attendance value) {
        if (status != RegistrationStatus.REGISTERED) {
            throw new InvalidInputException("attendance", "error.sessions.attendance.not-registered",
                    "registration " + id + " held no place");
        }
        this.attendance = value;
    }

    public Attendance attendance() {
        return attendance;
    }

    public boolean live() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public long meetingId() {
        return meetingId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public PolicyField policyField() {
        return policyField;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }
}

package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/** Something a municipality agreed at a meeting to do by a date. */
@Entity
@Table(name = "follow_up_action")
@NamedQuery(name = FollowUpAction.OF_MEETING, query = "select f from FollowUpAction f where f.meetingId = :meeting "
        + "order by f.dueOn, f.id")
@NamedQuery(name = FollowUpAction.OPEN_OF_MUNICIPALITY, query = "select f from FollowUpAction f "
        + "where f.municipalityCode = :code and f.doneAt is null order by f.dueOn, f.id")
public class FollowUpAction {

    public static final String OF_MEETING = "FollowUpAction.ofMeeting";
    public static final String OPEN_OF_MUNICIPALITY = "FollowUpAction.openOfMunicipality";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "municipality_name")
    private String municipalityName;

    private String description;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected FollowUpAction() {
    }

    public FollowUpAction(long meetingId, String municipalityCode, String municipalityName, String description,
                          LocalDate dueOn, Instant createdAt) {
        this.meetingId = meetingId;
        this.municipalityCode = Objects.requireNonNull(municipalityCode);
        this.municipalityName = Objects.requireNonNull(municipalityName);
        this.description = Objects.requireNonNull(description);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void done(Instant at) {
        if (doneAt != null) {
            throw new InvalidInputException("action", "error.sessions.follow-up.done-already",
                    "action " + id + " is done already");
        }
        this.doneAt = at;
    }

    public Long id() {
        return id;
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

    public String description() {
        return description;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public long version() {
        return version;
    }
}

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
import nl.arbeidsmigratie.regie.sessions.api.PollStatus;

/** A date poll for a meeting: answers until the deadline, then (or earlier) the coordinator fixes a slot. */
@Entity
@Table(name = "date_poll")
// With their meetings: a view of a poll names its meeting.
@NamedQuery(name = DatePoll.OPEN_OF_EDITION, query = "select p from DatePoll p join fetch p.meeting m "
        + "where m.series.editionId = :edition and p.status = nl.arbeidsmigratie.regie.sessions.api.PollStatus.OPEN "
        + "order by m.kind, m.number, m.startsAt, p.id")
@NamedQuery(name = DatePoll.OPEN_OF_MEETING, query = "select p from DatePoll p where p.meeting.id = :meeting "
        + "and p.status = nl.arbeidsmigratie.regie.sessions.api.PollStatus.OPEN")
@NamedQuery(name = DatePoll.OF_MEETING_LATEST_FIRST, query = "select p from DatePoll p where p.meeting.id = :meeting "
        + "order by p.id desc")
public class DatePoll {

    public static final String OPEN_OF_EDITION = "DatePoll.openOfEdition";
    public static final String OPEN_OF_MEETING = "DatePoll.openOfMeeting";
    public static final String OF_MEETING_LATEST_FIRST = "DatePoll.ofMeetingLatestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private Instant deadline;

    @Enumerated(EnumType.STRING)
    private PollStatus status;

    @Column(name = "fixed_slot_id")
    private Long fixedSlotId;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected DatePoll() {
    }

    public DatePoll(Meeting meeting, Instant deadline, Instant now) {
        checkDeadline(deadline, now);
        this.meeting = Objects.requireNonNull(meeting);
        this.deadline = deadline;
        this.status = PollStatus.OPEN;
        this.createdAt = now;
    }

    /** A poll is answered until a deadline still to come. */
    public static void checkDeadline(Instant deadline, Instant now) {
        if (!deadline.isAfter(now)) {
            throw new InvalidInputException("deadline", "error.sessions.poll.deadline.past",
                    "the deadline lies in the past");
        }
    }

    /** Refuses answers once the poll is closed or its deadline passed. */
    public void requireAnswerable(Instant now) {
        if (status != PollStatus.OPEN || !now.isBefore(deadline)) {
            throw new InvalidInputException("poll", "error.sessions.poll.closed",
                    "poll " + id + " takes no more answers");
        }
    }

    public void fix(PollSlot slot) {
        if (status != PollStatus.OPEN) {
            throw new InvalidInputException("poll", "error.sessions.poll.fixed-already",
                    "poll " + id + " was closed already");
        }
        if (!slot.poll().id().equals(id)) {
            throw new InvalidInputException("slotId", "error.sessions.poll.slot.foreign",
                    "slot " + slot.id() + " is not of poll " + id);
        }
        this.fixedSlotId = slot.id();
        this.status = PollStatus.CLOSED;
    }

    /** Closes the poll without fixing a slot: its meeting no longer needs one (dated otherwise, held, cancelled). */
    public void end() {
        this.status = PollStatus.CLOSED;
    }

    public void reminded(Instant at) {
        this.reminderSentAt = at;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public Instant deadline() {
        return deadline;
    }

    public PollStatus status() {
        return status;
    }

    public Long fixedSlotId() {
        return fixedSlotId;
    }

    public long version() {
        return version;
    }
}

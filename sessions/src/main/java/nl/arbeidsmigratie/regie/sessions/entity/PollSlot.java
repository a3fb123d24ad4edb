package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/** A proposed date of a poll: not in the past, ending after it starts. */
@Entity
@Table(name = "poll_slot")
@NamedQuery(name = PollSlot.OF_POLL, query = "select s from PollSlot s where s.poll.id = :poll "
        + "order by s.startsAt, s.id")
public class PollSlot {

    public static final String OF_POLL = "PollSlot.ofPoll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "poll_id")
    private DatePoll poll;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    protected PollSlot() {
    }

    public PollSlot(DatePoll poll, Instant startsAt, Instant endsAt, Instant now) {
        checkTimes(startsAt, endsAt, now);
        this.poll = Objects.requireNonNull(poll);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** A proposed moment has a start and a later end, ahead of {@code now} and within reach. */
    public static void checkTimes(Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt == null || endsAt == null) {
            throw new InvalidInputException("slots", "error.sessions.poll.slot.times", "a slot has a start and an end");
        }
        if (!startsAt.isAfter(now)) {
            throw new InvalidInputException("slots", "error.sessions.poll.slot.past", "a slot lies in the past");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("slots", "error.sessions.meeting.times.order",
                    "a slot ends after it starts");
        }
        Meeting.checkReach(startsAt, now, "slots");
    }

    public Long id() {
        return id;
    }

    public DatePoll poll() {
        return poll;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}

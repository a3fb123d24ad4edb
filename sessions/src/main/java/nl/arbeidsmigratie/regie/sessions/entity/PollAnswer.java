package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import nl.arbeidsmigratie.regie.sessions.api.Availability;

/** One invitee's answer to one slot; answering again replaces it until the deadline. */
@Entity
@Table(name = "poll_answer")
@NamedQuery(name = PollAnswer.OF_POLL, query = "select a from PollAnswer a, PollSlot s "
        + "where a.key.slotId = s.id and s.poll.id = :poll")
public class PollAnswer {

    public static final String OF_POLL = "PollAnswer.ofPoll";

    /** Invitee and slot. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "invitee_id")
        private long inviteeId;

        @Column(name = "slot_id")
        private long slotId;

        protected Key() {
        }

        public Key(long inviteeId, long slotId) {
            this.inviteeId = inviteeId;
            this.slotId = slotId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.inviteeId == inviteeId && k.slotId == slotId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(inviteeId) * 31 + Long.hashCode(slotId);
        }
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private Availability answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected PollAnswer() {
    }

    public PollAnswer(long inviteeId, long slotId, Availability answer, Instant at) {
        this.key = new Key(inviteeId, slotId);
        change(answer, at);
    }

    public void change(Availability newAnswer, Instant at) {
        this.answer = java.util.Objects.requireNonNull(newAnswer);
        this.answeredAt = at;
    }

    public long inviteeId() {
        return key.inviteeId;
    }

    public long slotId() {
        return key.slotId;
    }

    public Availability answer() {
        return answer;
    }
}

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
import java.time.Instant;
import java.util.Objects;

/** Someone asked to answer a poll, with the hash of their personal link's token. */
@Entity
@Table(name = "poll_invitee")
@NamedQuery(name = PollInvitee.OF_POLL, query = "select i from PollInvitee i where i.poll.id = :poll order by i.id")
@NamedQuery(name = PollInvitee.BY_TOKEN, query = "select i from PollInvitee i where i.tokenHash = :hash "
        + "or i.reminderHash = :hash")
public class PollInvitee {

    public static final String OF_POLL = "PollInvitee.ofPoll";
    public static final String BY_TOKEN = "PollInvitee.byToken";

    /** Why someone is asked. */
    public enum Kind {
        OFFICER,
        ENROLMENT_CONTACT,
        GUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "poll_id")
    private DatePoll poll;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "municipality_name")
    private String municipalityName;

    private String name;

    private String email;

    private String language;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "reminder_hash")
    private String reminderHash;

    @Column(name = "invited_at")
    private Instant invitedAt;

    protected PollInvitee() {
    }

    public PollInvitee(DatePoll poll, Kind kind, String municipalityCode, String municipalityName, String name,
                       String email, String language, String tokenHash, Instant invitedAt) {
        this.poll = Objects.requireNonNull(poll);
        this.kind = Objects.requireNonNull(kind);
        this.municipalityCode = municipalityCode;
        this.municipalityName = municipalityName;
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
        this.language = Objects.requireNonNull(language);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedAt = Objects.requireNonNull(invitedAt);
    }

    /** The reminder's own link; the invitation's link keeps working beside it. */
    public void remindWith(String hash) {
        this.reminderHash = Objects.requireNonNull(hash);
    }

    public Long id() {
        return id;
    }

    public DatePoll poll() {
        return poll;
    }

    public Kind kind() {
        return kind;
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

    public Instant invitedAt() {
        return invitedAt;
    }
}

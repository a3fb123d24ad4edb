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

/** A person's secret calendar feed of a series, known by the hash of its token; revocable. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.LIVE_BY_HASH, query = "select f from CalendarFeed f where f.tokenHash = :hash "
        + "and f.revokedAt is null")
@NamedQuery(name = CalendarFeed.LIVE_OF, query = "select f from CalendarFeed f where f.series.id = :series "
        + "and lower(f.email) = lower(:email) and f.revokedAt is null")
@NamedQuery(name = CalendarFeed.LIVE_OF_OWNER, query = "select f from CalendarFeed f "
        + "where lower(f.email) = lower(:email) and f.revokedAt is null")
public class CalendarFeed {

    public static final String LIVE_BY_HASH = "CalendarFeed.liveByHash";
    public static final String LIVE_OF = "CalendarFeed.liveOf";
    public static final String LIVE_OF_OWNER = "CalendarFeed.liveOfOwner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    private String email;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(MeetingSeries series, String email, String tokenHash, Instant createdAt) {
        this.series = Objects.requireNonNull(series);
        this.email = Objects.requireNonNull(email);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long id() {
        return id;
    }

    /** The address of the account that made the feed. */
    public String email() {
        return email;
    }

    public MeetingSeries series() {
        return series;
    }
}

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
import java.util.Objects;

/** The meetings of one learning-circle edition, held by the edition's id. */
@Entity
@Table(name = "meeting_series")
@NamedQuery(name = MeetingSeries.OF_EDITION, query = "select s from MeetingSeries s where s.editionId = :edition")
public class MeetingSeries {

    public static final String OF_EDITION = "MeetingSeries.ofEdition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id")
    private long editionId;

    private String title;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected MeetingSeries() {
    }

    public MeetingSeries(long editionId, String title, Instant createdAt) {
        this.editionId = editionId;
        this.title = Objects.requireNonNull(title);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public long editionId() {
        return editionId;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }
}

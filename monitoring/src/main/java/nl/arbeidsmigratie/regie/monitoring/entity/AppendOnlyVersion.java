package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of an append-only history, never changed once written: a change of what it describes is the next
 * version, saying when it was recorded, by whom and why. Locations, signals and agreements number their versions
 * per record (a unique record and version number); counts and occupancy reports name the version they supersede
 * ({@link SupersedingVersion}). Both links stay as the schema has them; {@code control.VersionChains} does the
 * chain work for either: latest, as known on a moment, history, and appending the next version.
 */
@MappedSuperclass
public abstract class AppendOnlyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    private String reason;

    protected AppendOnlyVersion() {
    }

    /** {@code reason} is null only for a first version: every later one says why it replaced the one before. */
    protected AppendOnlyVersion(Instant at, String by, String reason) {
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
        this.reason = reason;
    }

    public Long id() {
        return id;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String reason() {
        return reason;
    }

    /** Whether this version says the record should never have been recorded; histories without error marks say no. */
    public boolean markedError() {
        return false;
    }
}

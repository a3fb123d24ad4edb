package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * A version that names the version it supersedes, as counts and occupancy reports do: they have no record row of
 * their own, so the chain of versions is the record. A correction or an error mark supersedes the latest version,
 * and the unique key on {@code supersedes_id} lets only one version follow another. The link is kept as the plain
 * id it is in the table: a generic reference to the subclass cannot be mapped here, and every use needs only the id.
 *
 * @param <V> the version type itself, so a correction is of the same type
 * @param <F> the figures a version records
 */
@MappedSuperclass
public abstract class SupersedingVersion<V extends SupersedingVersion<V, F>, F extends Record>
        extends AppendOnlyVersion {

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "marked_error")
    private boolean markedError;

    protected SupersedingVersion() {
    }

    protected SupersedingVersion(Instant at, String by, V supersedes, boolean error, String reason) {
        super(at, by, reason);
        this.supersedesId = supersedes == null ? null : Objects.requireNonNull(supersedes.id());
        this.markedError = error;
    }

    /** A new version with corrected figures; this one stays as it was recorded. */
    public V correctedAs(F figures, Instant at, String by, String why) {
        return successor(figures, at, by, false, Objects.requireNonNull(why));
    }

    /** A new version saying this one was wrong altogether; from then on it no longer counts. */
    public V markedAsError(Instant at, String by, String why) {
        return successor(figures(), at, by, true, Objects.requireNonNull(why));
    }

    public abstract F figures();

    /** The version that supersedes this one; {@code why} is given. */
    protected abstract V successor(F figures, Instant at, String by, boolean error, String why);

    /** The id of the version this one superseded; null for the first. */
    public Long supersedesId() {
        return supersedesId;
    }

    @Override
    public boolean markedError() {
        return markedError;
    }
}

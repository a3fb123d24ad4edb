package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import nl.arbeidsmigratie.regie.monitoring.entity.AppendOnlyVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.FairShareVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.MunicipalCount;
import nl.arbeidsmigratie.regie.monitoring.entity.OccupancyReport;
import nl.arbeidsmigratie.regie.monitoring.entity.SignalVersion;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;

/**
 * The chain work of monitoring's append-only histories, once for all of them: the latest version of a record, the
 * versions known at a moment, the whole history, and writing the next version (a correction, a revision, an error
 * mark). Two people building on the same version both claim the chain's unique key; the second gets a concurrent
 * change carrying what they built on, never a fork. Any other broken constraint is reported as the rule it is.
 */
@Dependent
public class VersionChains {

    public static final Chain<MunicipalCount> COUNTS = Chain.superseding(MunicipalCount.class,
            "municipalityCode", "v.referenceDate desc, v.id desc", "count", "error.count.unknown",
            "municipal_count_supersedes_id_key", "error.count.corrected-meanwhile");
    public static final Chain<OccupancyReport> REPORTS = Chain.superseding(OccupancyReport.class,
            "locationId", "v.referenceDate desc", "report", "error.occupancy.unknown",
            "occupancy_report_supersedes_id_key", "error.occupancy.corrected-meanwhile");
    // The numbered histories' facades compare versions first and refuse with their own conflict; the key only
    // catches the two saves that both passed that check.
    public static final Chain<LocationVersion> LOCATIONS = Chain.numbered(LocationVersion.class, "location",
            "location.municipalityCode", "v.name, v.location.id", "location", "error.location.unknown",
            "location_version_location_id_version_no_key");
    public static final Chain<SignalVersion> SIGNALS = Chain.numbered(SignalVersion.class, "signal",
            "signal.municipalityCode", "v.signalledOn desc, v.signal.id desc", "signal", "error.signal.unknown",
            "signal_version_signal_id_version_no_key");
    /** Agreements are listed by plain SQL ({@link FairShareFigures}), never through this chain. */
    public static final Chain<FairShareVersion> AGREEMENTS = Chain.numbered(FairShareVersion.class, "agreement",
            null, null, "agreement", "error.fairshare.unknown", "fair_share_version_agreement_id_version_no_key");

    /** Every chain, for the meanings of their unique keys. */
    public static final List<Chain<?>> ALL = List.of(COUNTS, REPORTS, LOCATIONS, SIGNALS, AGREEMENTS);

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    /** Every version of a record, oldest first; {@code id} as for {@link #latest}. Refused when there is none. */
    public <V extends AppendOnlyVersion> List<V> history(Chain<V> chain, long id) {
        if (chain.numbered()) {
            List<V> versions = em.createQuery(chain.versionsQuery("asc"), chain.type()).setParameter("id", id)
                    .getResultList();
            if (versions.isEmpty()) {
                throw chain.unknown(id);
            }
            return versions;
        }
        List<V> versions = new ArrayList<>();
        for (V version = latest(chain, id); version != null; version = neighbour(chain, version, -1)) {
            versions.add(0, version);
        }
        return versions;
    }

    /**
     * The latest version of a record. {@code id} is the record's id where versions are numbered per record, and
     * the id of any of its versions where they supersede each other (those records have no id of their own).
     */
    public <V extends AppendOnlyVersion> V latest(Chain<V> chain, long id) {
        if (chain.numbered()) {
            return em.createQuery(chain.versionsQuery("desc"), chain.type()).setParameter("id", id).setMaxResults(1)
                    .getResultStream().findFirst().orElseThrow(() -> chain.unknown(id));
        }
        V latest = em.find(chain.type(), id);
        if (latest == null) {
            throw chain.unknown(id);
        }
        for (V next = neighbour(chain, latest, 1); next != null; next = neighbour(chain, next, 1)) {
            latest = next;
        }
        return latest;
    }

    /**
     * The version {@code versionId} of a chain whose versions supersede each other, whatever its state; refused as
     * unknown when there is none.
     */
    public <V extends AppendOnlyVersion> V existing(Chain<V> chain, long versionId) {
        V version = em.find(chain.type(), versionId);
        if (version == null) {
            throw chain.unknown(versionId);
        }
        return version;
    }

    /** The version of a record known at {@code asOf}; empty when it was not recorded yet. */
    public <V extends AppendOnlyVersion> Optional<V> asKnownOn(Chain<V> chain, long id, Instant asOf) {
        return history(chain, id).stream().filter(v -> !v.recordedAt().isAfter(asOf)).reduce((older, newer) -> newer);
    }

    /**
     * Of every record whose {@code listedBy} path is {@code value}, the version known at {@code asOf}, in the chain's
     * order; records whose known version marks them as an error are left out.
     */
    public <V extends AppendOnlyVersion> List<V> allAsKnownOn(Chain<V> chain, Object value, Instant asOf) {
        return allAsKnownOn(chain, value, asOf, null);
    }

    /**
     * {@link #allAsKnownOn(Chain, Object, Instant)} with the relation {@code joined} (one each) read in the same
     * statement and the relations {@code batched} (many each) read in one statement each for all versions.
     */
    public <V extends AppendOnlyVersion> List<V> allAsKnownOn(Chain<V> chain, Object value, Instant asOf,
                                                              String joined, String... batched) {
        TypedQuery<V> query = em.createQuery(chain.knownAtQuery(marksErrors(chain)), chain.type())
                .setParameter("value", value)
                .setParameter("asOf", asOf);
        if (joined != null) {
            query.setHint("eclipselink.join-fetch", "v." + joined);
        }
        if (batched.length > 0) {
            // One more statement per relation for all versions at once, rather than one per version.
            query.setHint("eclipselink.batch.type", "IN");
            for (String relation : batched) {
                query.setHint("eclipselink.batch", "v." + relation);
            }
        }
        return query.getResultList();
    }

    /**
     * One page of {@link #allAsKnownOn(Chain, Object, Instant)}: at most {@code limit} versions from {@code offset}
     * on, with how many there are in all, so a page shows any number of them.
     */
    public <V extends AppendOnlyVersion> Page<V> pageAsKnownOn(Chain<V> chain, Object value, Instant asOf, int offset,
                                                             int limit) {
        boolean marksErrors = marksErrors(chain);
        List<V> items = em.createQuery(chain.knownAtQuery(marksErrors), chain.type()).setParameter("value", value)
                .setParameter("asOf", asOf).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery(chain.knownAtCountQuery(marksErrors), Long.class).setParameter("value", value)
                .setParameter("asOf", asOf).getSingleResult();
        return new Page<>(items, total, offset, limit);
    }

    /** Whether the chain's versions can mark their record an error; not every history has error marks. */
    private boolean marksErrors(Chain<?> chain) {
        return em.getMetamodel().entity(chain.type()).getAttributes().stream()
                .anyMatch(attribute -> attribute.getName().equals("markedError"));
    }

    /**
     * The version {@code versionId}, to be corrected or marked as an error: refused when it is unknown or an error
     * mark itself, and when something superseded it already, because building on an older version forks the history.
     * A version superseded already is the race of {@link #append} lost before it started: someone else corrected it
     * since the caller read it, refused the same way.
     */
    public <V extends AppendOnlyVersion> V correctable(Chain<V> chain, long versionId) {
        V version = em.find(chain.type(), versionId);
        if (version == null || version.markedError()) {
            throw chain.unknown(versionId);
        }
        if (neighbour(chain, version, 1) != null) {
            throw chain.changedMeanwhile(chain.field() + " " + versionId + " was corrected meanwhile");
        }
        return version;
    }

    /**
     * The correction of {@code versionId} a client sends again after its answer was lost: the latest version, made
     * on it by {@code by} with the same reason and the same figures ({@code sameChange}); empty for any other case,
     * which {@link #correctable} then refuses as the change someone else made meanwhile.
     */
    public <V extends AppendOnlyVersion> Optional<V> repeatedCorrection(Chain<V> chain, long versionId, String by,
                                                                       String reason, Predicate<V> sameChange) {
        V version = em.find(chain.type(), versionId);
        V next = version == null ? null : neighbour(chain, version, 1);
        if (next == null || next.markedError() || neighbour(chain, next, 1) != null || !by.equals(next.recordedBy())
                || !Objects.equals(reason, next.reason()) || !sameChange.test(next)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /**
     * Writes the first or the next version of a chain. When someone saved a version on the same predecessor first,
     * the chain's unique key refuses this one as a concurrent change carrying {@code before}.
     */
    public void append(AppendOnlyVersion version, Object before) {
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException refused) {
            throw MonitoringConstraints.MEANINGS.refusal(refused, before);
        }
    }

    /** The version right after ({@code step} 1) or right before (-1) {@code version}, or null. */
    private <V extends AppendOnlyVersion> V neighbour(Chain<V> chain, V version, int step) {
        TypedQuery<V> query = em.createQuery(chain.neighbourQuery(step), chain.type()).setParameter("version", version);
        if (chain.numbered()) {
            query.setParameter("step", step);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    /**
     * How the versions of one kind of record hang together. {@code record} is the attribute naming the record
     * where versions are numbered per record, null where each version names the one it supersedes;
     * {@code listedBy} and {@code order} serve {@link #allAsKnownOn}; {@code field} and {@code unknownKey} refuse an
     * id that names nothing; {@code versionKey} is the unique key two versions built on the same one both claim, and
     * {@code conflictKey} the message of losing that race.
     */
    public record Chain<V extends AppendOnlyVersion>(Class<V> type, String record, String listedBy, String order,
                                                    String field, String unknownKey, String versionKey,
                                                    String conflictKey) {

        static <V extends AppendOnlyVersion> Chain<V> superseding(Class<V> type, String listedBy, String order,
                                                                  String field, String unknownKey, String versionKey,
                                                                  String conflictKey) {
            return new Chain<>(type, null, listedBy, order, field, unknownKey, versionKey, conflictKey);
        }

        static <V extends AppendOnlyVersion> Chain<V> numbered(Class<V> type, String record, String listedBy,
                                                               String order, String field, String unknownKey,
                                                               String versionKey) {
            return new Chain<>(type, record, listedBy, order, field, unknownKey, versionKey,
                    ConcurrentChangeException.GENERAL_KEY);
        }

        boolean numbered() {
            return record != null;
        }

        /** Every version of the record {@code :id}, by number ({@code direction} asc or desc). */
        String versionsQuery(String direction) {
            return "select v from " + entity() + " v where v." + record + ".id = :id order by v.versionNo " + direction;
        }

        /**
         * Of every record listed by {@code :value}, its latest version recorded by {@code :asOf}; when the versions
         * can mark errors, not a record whose latest version says it is one.
         */
        String knownAtQuery(boolean marksErrors) {
            return "select v from " + knownAt(marksErrors) + " order by " + order;
        }

        /** How many {@link #knownAtQuery} finds. */
        String knownAtCountQuery(boolean marksErrors) {
            return "select count(v) from " + knownAt(marksErrors);
        }

        private String knownAt(boolean marksErrors) {
            String latestThen = numbered()
                    ? "v.versionNo = (select max(w.versionNo) from " + entity() + " w where w." + record + " = v."
                            + record + " and w.recordedAt <= :asOf)"
                    : "not exists (select s from " + entity() + " s where s.supersedesId = v.id and s.recordedAt <= :asOf)";
            return entity() + " v where v." + listedBy + " = :value and v.recordedAt <= :asOf and " + latestThen
                    + (marksErrors ? " and v.markedError = false" : "");
        }

        /** The version after {@code :version} ({@code step} 1) or before it (-1). */
        String neighbourQuery(int step) {
            String link = numbered() ? "n." + record + " = v." + record + " and n.versionNo = v.versionNo + :step"
                    : step > 0 ? "n.supersedesId = v.id" : "n.id = v.supersedesId";
            return "select n from " + entity() + " n, " + entity() + " v where " + link + " and v = :version";
        }

        private String entity() {
            return type.getSimpleName();
        }

        /** The refusal of building on a version someone else built on first. */
        ConcurrentChangeException changedMeanwhile(String detail) {
            return new ConcurrentChangeException(detail, null, conflictKey);
        }

        /** The refusal of an id that names nothing; also what officers of another municipality get. */
        InvalidInputException unknown(long id) {
            return new InvalidInputException(field, unknownKey, "no " + field + " " + id);
        }
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.entity.MunicipalCount;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Counts of labour migrants per municipality with their provenance. Recording, correcting and marking as an
 * error each add a version; nothing recorded is overwritten, and every version says when it was recorded and
 * by whom.
 */
@Stateless
public class MunicipalCounts {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public CountView record(@NotNull CountFigures figures) {
        AccountView writer = access.writerFor(figures.municipalityCode());
        CountRules.check(figures, DutchTime.today(clock));
        MunicipalCount count = MunicipalCount.first(figures, clock.instant(), writer.email());
        return saved(count, "count.recorded", null);
    }

    /** Records corrected figures as a new version of {@code countId}, with the reason. */
    public CountView correct(long countId, @NotNull CountFigures figures, String reason) {
        MunicipalCount current = current(countId);
        AccountView writer = access.writerFor(current.municipalityCode());
        if (!current.municipalityCode().equals(figures.municipalityCode())) {
            throw new InvalidInputException("municipalityCode", "error.count.municipality.changed",
                    "a correction stays with its municipality");
        }
        CountRules.check(figures, DutchTime.today(clock));
        MunicipalCount corrected = current.correctedAs(figures, clock.instant(), writer.email(), CountRules.reason(reason));
        return saved(corrected, "count.corrected", view(current));
    }

    /** Marks a count as wrong altogether (coordinators only); it stays in the history. */
    public CountView markAsError(long countId, String reason) {
        AccountView coordinator = access.coordinator();
        MunicipalCount current = current(countId);
        MunicipalCount mark = current.markedAsError(clock.instant(), coordinator.email(), CountRules.reason(reason));
        return saved(mark, "count.marked-error", view(current));
    }

    /** The counts of a municipality as they were known at {@code asOf}, newest reference date first. */
    public List<CountView> asKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf) {
        access.readerOf(municipalityCode);
        return em.createNamedQuery(MunicipalCount.AS_KNOWN_ON, MunicipalCount.class)
                .setParameter("code", municipalityCode)
                .setParameter("asOf", asOf)
                .getResultStream()
                .map(MunicipalCounts::view)
                .toList();
    }

    /** Every version of the count {@code countId} belongs to, oldest first. */
    public List<CountView> history(long countId) {
        MunicipalCount version = em.find(MunicipalCount.class, countId);
        if (version == null) {
            throw new InvalidInputException("count", "error.count.unknown", "no count " + countId);
        }
        access.readerOf(version.municipalityCode());
        MunicipalCount latest = version;
        for (MunicipalCount next = successor(latest); next != null; next = successor(next)) {
            latest = next;
        }
        List<CountView> chain = new ArrayList<>();
        for (MunicipalCount c = latest; c != null; c = c.supersedes()) {
            chain.add(0, view(c));
        }
        return chain;
    }

    private MunicipalCount successor(MunicipalCount count) {
        return em.createQuery("select s from MunicipalCount s where s.supersedes = :count", MunicipalCount.class)
                .setParameter("count", count).getResultStream().findFirst().orElse(null);
    }

    /** The version to correct must be the latest one: correcting an old version would fork the history. */
    private MunicipalCount current(long countId) {
        MunicipalCount count = em.find(MunicipalCount.class, countId);
        if (count == null || count.markedError()) {
            throw new InvalidInputException("count", "error.count.unknown", "no count " + countId);
        }
        if (successor(count) != null) {
            throw new InvalidInputException("count", "error.count.superseded",
                    "count " + countId + " was corrected already; correct the latest version");
        }
        return count;
    }

    private CountView saved(MunicipalCount count, String action, CountView before) {
        try {
            em.persist(count);
            em.flush();
        } catch (PersistenceException concurrent) {
            // the unique key on what a version supersedes: someone corrected the same version first
            throw new ConcurrentChangeException("changed meanwhile", before);
        }
        CountView after = view(count);
        audit.record(action, "count:" + count.municipalityCode() + ":" + count.id(), before, after);
        return after;
    }

    static CountView view(MunicipalCount c) {
        CountFigures f = c.figures();
        Integer registered = f.registeredBrp() == null && f.registeredRni() == null ? null
                : (f.registeredBrp() == null ? 0 : f.registeredBrp()) + (f.registeredRni() == null ? 0 : f.registeredRni());
        Integer low = f.estimateMax() != null ? f.estimateMax() : f.estimateMin();
        Integer high = f.estimateMin() != null ? f.estimateMin() : f.estimateMax();
        return new CountView(c.id(), f, c.recordedAt(), c.recordedBy(),
                c.supersedes() == null ? null : c.supersedes().id(), c.markedError(), c.reason(),
                rate(registered, low), rate(registered, high));
    }

    /** The change log with each field before and after, for auditors (and anyone who may read the history). */
    public List<ChangeLogEntry> changeLog(long countId) {
        return ChangeLogEntry.of(history(countId));
    }

    private static Double rate(Integer registered, Integer estimate) {
        return registered == null || estimate == null || estimate == 0 ? null : (double) registered / estimate;
    }
}

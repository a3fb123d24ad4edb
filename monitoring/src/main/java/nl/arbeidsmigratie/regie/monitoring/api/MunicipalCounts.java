package nl.arbeidsmigratie.regie.monitoring.api;

import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.COUNTS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.StayThresholdSettings;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.control.WriteLocks;
import nl.arbeidsmigratie.regie.monitoring.entity.MunicipalCount;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.RecordChanges;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Counts of labour migrants per municipality with their provenance. Recording, correcting and marking as an
 * error each add a version; nothing recorded is overwritten, and every version says when it was recorded and
 * by whom.
 */
@Stateless
public class MunicipalCounts {

    /** The most counts one page holds. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    VersionChains chains;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Records a new count. A count with the same municipality, reference date, definition and source is the same
     * count, as for an import: it is corrected, not recorded twice, so a form sent twice or a client that retries
     * does not double it. After an error mark the new figures follow the marked count in its history.
     */
    public CountView record(@NotNull CountFigures given) {
        AccountView writer = access.writerFor(given.municipalityCode());
        CountFigures figures = StayThresholdSettings.filledIn(em, given);
        CountRules.check(figures, DutchTime.today(clock));
        holdCounts(figures.municipalityCode());
        MunicipalCount same = withKeyOf(figures);
        if (same == null) {
            return saved(MunicipalCount.first(figures, clock.instant(), writer.email()), "count.recorded", null);
        }
        refuseTaken(same);
        return saved(same.correctedAs(figures, clock.instant(), writer.email(), "nieuwe telling na foutmarkering"),
                "count.recorded", same.view());
    }

    /** The latest version of the count with the key of {@code figures}: municipality, date, definition and source. */
    private MunicipalCount withKeyOf(CountFigures figures) {
        return em.createNamedQuery(MunicipalCount.LATEST_WITH_KEY, MunicipalCount.class)
                .setParameter("municipality", figures.municipalityCode())
                .setParameter("date", figures.referenceDate()).setParameter("definition", figures.definition())
                .setParameter("source", figures.source().strip()).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }

    /** Refuses figures whose key is that of another count still standing: that one is corrected instead. */
    private static void refuseTaken(MunicipalCount same) {
        if (!same.markedError()) {
            throw new InvalidInputException("source", "error.count.exists", "count " + same.id()
                    + " has this municipality, reference date, definition and source; correct that one");
        }
    }

    /** The municipality's counts are written one writer at a time: two requests sent at once do not both add one. */
    private void holdCounts(String municipalityCode) {
        WriteLocks.hold(em, CountRules.writeLock(municipalityCode));
    }

    /**
     * Records corrected figures as a new version of {@code countId}, with the reason; stay thresholds left open are
     * the count's own.
     */
    public CountView correct(long countId, @NotNull CountFigures given, String reason) {
        String municipalityCode = chains.existing(COUNTS, countId).municipalityCode();
        AccountView writer = access.writerFor(municipalityCode, COUNTS, countId);
        // held before the version is checked: a correction that waited for another one is told it came meanwhile
        holdCounts(municipalityCode);
        // the same correction sent again after its answer was lost finds itself: the same answer, not a conflict
        Optional<MunicipalCount> repeated = chains.repeatedCorrection(COUNTS, countId, writer.email(),
                CountRules.reason(reason), next -> RecordChanges.same(next.figures(), CountRules.filledIn(given,
                        next.figures().shortStayMonths(), next.figures().longStayMonths())));
        if (repeated.isPresent()) {
            return repeated.get().view();
        }
        MunicipalCount current = chains.correctable(COUNTS, countId);
        CountFigures figures = CountRules.filledIn(given, current.figures().shortStayMonths(),
                current.figures().longStayMonths());
        if (!current.municipalityCode().equals(figures.municipalityCode())) {
            throw new InvalidInputException("municipalityCode", "error.count.municipality.changed",
                    "a correction stays with its municipality");
        }
        CountRules.check(figures, DutchTime.today(clock));
        // a correction may not give it the key of another count, which an export would then list twice
        MunicipalCount same = withKeyOf(figures);
        if (same != null && !same.id().equals(current.id())) {
            refuseTaken(same);
        }
        if (RecordChanges.same(current.figures(), figures)) {
            // a version that changes nothing would only fill the change log; no one field is the one to blame
            throw new InvalidInputException(null, "error.count.unchanged", "nothing changed");
        }
        MunicipalCount corrected = current.correctedAs(figures, clock.instant(), writer.email(), CountRules.reason(reason));
        return saved(corrected, "count.corrected", current.view());
    }

    /** Marks a count as wrong altogether (coordinators only); it stays in the history. */
    public CountView markAsError(long countId, String reason) {
        AccountView coordinator = access.coordinator();
        MunicipalCount current = chains.correctable(COUNTS, countId);
        MunicipalCount mark = current.markedAsError(clock.instant(), coordinator.email(), CountRules.reason(reason));
        return saved(mark, "count.marked-error", current.view());
    }

    /** The counts of a municipality as they were known at {@code asOf}, newest reference date first. */
    public List<CountView> asKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf) {
        access.readerOf(municipalityCode);
        return chains.allAsKnownOn(COUNTS, municipalityCode, asOf).stream().map(MunicipalCount::view).toList();
    }

    /**
     * One page of {@link #asKnownOn}: at most {@code limit} counts from {@code offset} on and how many there are, so
     * the counts page stays as light with a hundred thousand imported counts as with ten.
     */
    public Page<CountView> pageAsKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf, @Min(0) int offset,
                                         @Min(1) @Max(MAX_PAGE) int limit) {
        access.readerOf(municipalityCode);
        Page<MunicipalCount> page = chains.pageAsKnownOn(COUNTS, municipalityCode, asOf, offset, limit);
        return new Page<>(page.items().stream().map(MunicipalCount::view).toList(), page.total(), offset, limit);
    }

    /**
     * The version {@code countId} as it was recorded, also once a later one corrected it or marked it an error (its
     * history tells what followed); unknown to officers of another municipality.
     */
    public CountView version(long countId) {
        MunicipalCount version = chains.existing(COUNTS, countId);
        access.readerOf(version.municipalityCode(), COUNTS, countId);
        return version.view();
    }

    /** Every version of the count {@code countId} belongs to, oldest first. */
    public List<CountView> history(long countId) {
        List<MunicipalCount> versions = chains.history(COUNTS, countId);
        access.readerOf(versions.get(0).municipalityCode(), COUNTS, countId);
        return versions.stream().map(MunicipalCount::view).toList();
    }

    /** The change log with each field before and after, for auditors (and anyone who may read the history). */
    public List<ChangeLogEntry> changeLog(long countId) {
        return ChangeLogEntry.of(history(countId));
    }

    private CountView saved(MunicipalCount count, String action, CountView before) {
        chains.append(count, before);
        CountView after = count.view();
        // filed under the count's first version, as a location under its number: one record finds all its versions
        long first = before == null ? count.id() : chains.history(COUNTS, count.id()).get(0).id();
        audit.record(action, "count:" + count.municipalityCode() + ":" + first, before, after);
        return after;
    }
}

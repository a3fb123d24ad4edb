package nl.arbeidsmigratie.regie.monitoring.api;

import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.LOCATIONS;
import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.REPORTS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.LocationRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.OccupancyReport;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Occupancy of locations per reference date. One report per location and date; a changed figure is a
 * correction that keeps the report it corrects. Occupancy above capacity is recorded: the norm check flags it.
 */
@Stateless
public class OccupancyReports {

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

    public OccupancyView report(@NotNull OccupancyFigures figures) {
        LocationVersion location = liveLocation(figures.locationId());
        AccountView writer = access.writerFor(location.location().municipalityCode());
        LocationRules.check(figures, DutchTime.today(clock), LocationRules.Lifetime.of(location.details()));
        OccupancyReport first = em.createNamedQuery(OccupancyReport.FIRST_ON, OccupancyReport.class)
                .setParameter("location", figures.locationId()).setParameter("date", figures.referenceDate())
                .getResultStream().findFirst().orElse(null);
        if (first == null) {
            return saved(OccupancyReport.first(figures, clock.instant(), writer.email()), "occupancy.reported", null,
                    location);
        }
        OccupancyReport latest = chains.latest(REPORTS, first.id());
        if (!latest.markedError()) {
            throw new InvalidInputException("referenceDate", "error.occupancy.exists",
                    "this location has a report on " + figures.referenceDate() + "; correct that one");
        }
        // the report of this date was marked as an error: the new figures follow it in the same history
        return saved(latest.correctedAs(figures, clock.instant(), writer.email(), "nieuwe melding na foutmarkering"),
                "occupancy.reported", latest.view(), location);
    }

    public OccupancyView correct(long reportId, @NotNull OccupancyFigures figures, String reason) {
        OccupancyReport any = chains.existing(REPORTS, reportId);
        access.readerOf(chains.latest(LOCATIONS, any.locationId()).location().municipalityCode(), REPORTS, reportId);
        AccountView writer = access.writerFor(chains.latest(LOCATIONS, any.locationId()).location().municipalityCode());
        // the same correction sent again after its answer was lost finds itself: the same answer, not a conflict
        Optional<OccupancyReport> repeated = chains.repeatedCorrection(REPORTS, reportId, writer.email(),
                CountRules.reason(reason), next -> next.figures().equals(figures));
        if (repeated.isPresent()) {
            return repeated.get().view();
        }
        OccupancyReport current = chains.correctable(REPORTS, reportId);
        LocationVersion location = liveLocation(current.locationId());
        if (current.locationId() != figures.locationId()) {
            liveLocation(figures.locationId());
            throw notOfLocation(reportId, figures.locationId());
        }
        if (!current.figures().referenceDate().equals(figures.referenceDate())) {
            throw new InvalidInputException("referenceDate", "error.occupancy.key.changed",
                    "a correction keeps its location and reference date");
        }
        LocationRules.Lifetime lifetime = LocationRules.Lifetime.of(location.details());
        LocationRules.check(figures, DutchTime.today(clock), LocationRules.withinLifetime(current.figures(), lifetime)
                ? lifetime : LocationRules.Lifetime.UNKNOWN);
        if (figures.equals(current.figures())) {
            throw new InvalidInputException(null, "error.occupancy.unchanged", "nothing changed");
        }
        return saved(current.correctedAs(figures, clock.instant(), writer.email(), CountRules.reason(reason)),
                "occupancy.corrected", current.view(), location);
    }

    /** Marks a report as wrong altogether (coordinators only); it stays in the history. */
    public OccupancyView markAsError(long reportId, String reason) {
        var coordinator = access.coordinator();
        OccupancyReport current = chains.correctable(REPORTS, reportId);
        return saved(current.markedAsError(clock.instant(), coordinator.email(), CountRules.reason(reason)),
                "occupancy.marked-error", current.view(), chains.latest(LOCATIONS, current.locationId()));
    }

    /** The reports of a location as known at {@code asOf}, newest reference date first. */
    public List<OccupancyView> asKnownOn(long locationId, @NotNull Instant asOf) {
        readableLocation(locationId);
        return chains.allAsKnownOn(REPORTS, locationId, asOf).stream().map(OccupancyReport::view).toList();
    }

    /**
     * The version {@code reportId} of a report of location {@code locationId} as it was recorded, also once a later
     * one corrected it or marked it an error (its history tells what followed); unknown to officers of another
     * municipality, as the location's reports are.
     */
    public OccupancyView version(long locationId, long reportId) {
        OccupancyReport version = chains.existing(REPORTS, reportId);
        access.readerOf(chains.latest(LOCATIONS, version.locationId()).location().municipalityCode(), REPORTS,
                reportId);
        if (version.locationId() != locationId) {
            readableLocation(locationId);
            throw notOfLocation(reportId, locationId);
        }
        return version.view();
    }

    /** Asked at another location's address: that location is not there (to the caller), or this report is not. */
    private static InvalidInputException notOfLocation(long reportId, long locationId) {
        return new InvalidInputException("report", "error.occupancy.unknown",
                "no report " + reportId + " of location " + locationId);
    }

    /** Every version of the report {@code reportId} belongs to, oldest first. */
    public List<OccupancyView> history(long reportId) {
        List<OccupancyReport> versions = chains.history(REPORTS, reportId);
        access.readerOf(chains.latest(LOCATIONS, versions.get(0).locationId()).location().municipalityCode(),
                REPORTS, reportId);
        return versions.stream().map(OccupancyReport::view).toList();
    }

    /** The latest version of a location whose reports the caller reads; unknown to officers of another municipality. */
    private LocationVersion readableLocation(long locationId) {
        LocationVersion latest = chains.latest(LOCATIONS, locationId);
        access.readerOf(latest.location().municipalityCode(), LOCATIONS, locationId);
        return latest;
    }

    private LocationVersion liveLocation(long locationId) {
        LocationVersion latest = readableLocation(locationId);
        if (latest.markedError()) {
            throw new InvalidInputException("location", "error.location.unknown", "location marked as an error");
        }
        return latest;
    }

    /** The change log with each field before and after, for auditors (and anyone who may read the history). */
    public List<ChangeLogEntry> changeLog(long reportId) {
        return ChangeLogEntry.of(history(reportId));
    }

    private OccupancyView saved(OccupancyReport report, String action, OccupancyView before, LocationVersion location) {
        chains.append(report, before);
        OccupancyView after = report.view();
        audit.record(action, "occupancy:" + location.location().municipalityCode() + ":" + report.locationId(),
                before, after);
        return after;
    }
}

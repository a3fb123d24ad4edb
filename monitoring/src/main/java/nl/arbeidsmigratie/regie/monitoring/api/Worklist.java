package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.WorklistQuery;

/**
 * What needs attention: locations nobody looked at for longer than {@code monitoring.stale-after} (default 180
 * days), holiday parks and informal places, open signals without a location, permits and quality marks lapsing
 * within {@code monitoring.expiry-warning} (default 90 days, as on the home page) or lapsed, and follow-ups of inspections that passed.
 */
@Stateless
public class Worklist {

    @Inject
    WorklistQuery query;

    @Inject
    MonitoringAccess access;

    @Inject
    Clock clock;

    /** The worklist as it stands now, read from the current state. */
    public List<WorklistItem> ofMunicipality(@NotNull String municipalityCode) {
        access.readerOf(municipalityCode);
        return query.items(municipalityCode, clock.instant());
    }

    /** The worklist as it stood at {@code asOf}: what was recorded by then, measured against that day. */
    public List<WorklistItem> ofMunicipality(@NotNull String municipalityCode, @NotNull Instant asOf) {
        access.readerOf(municipalityCode);
        return query.items(municipalityCode, asOf, false);
    }

    /** Every municipality at once (coordinators and auditors). */
    public List<WorklistItem> ofProvince() {
        access.provinceReader();
        return query.items(null, clock.instant());
    }

    public List<WorklistItem> ofProvince(@NotNull Instant asOf) {
        access.provinceReader();
        return query.items(null, asOf, false);
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.WorklistQuery;

/**
 * What needs attention: locations nobody looked at for longer than {@code monitoring.stale-after} (default 180
 * days), holiday parks and informal places, open signals without a location, permits and quality marks lapsing
 * within {@code monitoring.expiry-warning} (default 60 days) or lapsed, and follow-ups of inspections that passed.
 */
@Stateless
public class Worklist {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Inject
    WorklistQuery query;

    @Inject
    MonitoringAccess access;

    @Inject
    Clock clock;

    public List<WorklistItem> ofMunicipality(@NotNull String municipalityCode) {
        access.readerOf(municipalityCode);
        return query.items(municipalityCode, LocalDate.now(clock.withZone(NETHERLANDS)));
    }

    /** Every municipality at once (coordinators and auditors). */
    public List<WorklistItem> ofProvince() {
        access.provinceReader();
        return query.items(null, LocalDate.now(clock.withZone(NETHERLANDS)));
    }
}

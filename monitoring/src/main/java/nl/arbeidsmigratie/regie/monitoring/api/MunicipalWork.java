package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What waits for a municipality's officer in monitoring: the worklist's items about locations (stale, forgotten
 * places, passed follow-ups), the reference date of the latest count ({@code null} when none) and whether a new
 * one is due, permits and quality marks lapsing within the home page's horizon (or lapsed), and the signals
 * still open.
 */
public record MunicipalWork(String municipalityCode, List<WorklistItem> locations, LocalDate lastCount,
                            boolean countDue, List<WorklistItem> expiring, List<SignalView> openSignals)
        implements Serializable {

    public MunicipalWork {
        locations = List.copyOf(locations);
        expiring = List.copyOf(expiring);
        openSignals = List.copyOf(openSignals);
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One recorded version anywhere in monitoring: what kind of record, of which municipality, its id ({@code
 * recordId}: the count, location or signal; the location for occupancy reports and inspections), a short label,
 * when and by whom, and the reason given for a correction.
 */
public record MonitoringChange(Kind kind, String municipalityCode, long recordId, String label, Instant recordedAt,
                               String recordedBy, String reason) implements Serializable {

    /** The record a change is about. */
    public enum Kind {
        COUNT,
        LOCATION,
        OCCUPANCY,
        INSPECTION,
        SIGNAL
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded version anywhere in monitoring: what kind of record, of which municipality, its id ({@code
 * recordId}: the count, location or signal; the location for occupancy reports and inspections), what a person
 * recognises it by ({@code label}: the count's source, the location's name, the signal's address) and the date
 * it is about ({@code about}: reference date, inspection or signal date; null for a location), when and by whom,
 * and the reason given for a correction.
 */
public record MonitoringChange(Kind kind, String municipalityCode, long recordId, String label, LocalDate about,
                               Instant recordedAt, String recordedBy, String reason) implements Serializable {

    /** The record a change is about. */
    public enum Kind {
        COUNT,
        LOCATION,
        OCCUPANCY,
        INSPECTION,
        SIGNAL
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded version anywhere in monitoring: what kind of record, of which municipality, its id ({@code
 * recordId}: the count, location or signal; the location for occupancy reports and inspections), what a person
 * recognises it by ({@code label}: the count's source, the location's name, the signal's address) and the date
 * it is about ({@code about}: reference date, inspection or signal date; null for a location), what was done
 * ({@code action}), when and by whom, and the reason given for a correction.
 */
public record MonitoringChange(Kind kind, String municipalityCode, long recordId, String label, LocalDate about,
                               Action action, Instant recordedAt, String recordedBy, String reason)
        implements Serializable {

    /** What a recorded version did to its record. */
    public enum Action {
        /** The record's first version. */
        RECORDED,
        /** A later version: a change or a correction. */
        CORRECTED,
        /** A version saying the record was a mistake. */
        MARKED_ERROR
    }

    /** The record a change is about. */
    public enum Kind {
        COUNT,
        LOCATION,
        OCCUPANCY,
        INSPECTION,
        SIGNAL
    }
}

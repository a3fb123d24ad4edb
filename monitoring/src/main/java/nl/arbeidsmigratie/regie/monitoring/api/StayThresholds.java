package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A municipality's stay classes: short stay for less than {@code shortStayMonths}, long stay from
 * {@code longStayMonths}, mid stay between. Version 0 is the default every municipality has until it sets its own
 * (4 and 12 months, no one recorded it); a change names the version it was made on.
 */
public record StayThresholds(String municipalityCode, int shortStayMonths, int longStayMonths, int version,
                             Instant recordedAt, String recordedBy) implements Serializable {

    public static final int DEFAULT_SHORT_STAY_MONTHS = 4;
    public static final int DEFAULT_LONG_STAY_MONTHS = 12;

    /** The thresholds of a municipality that has set none. */
    public static StayThresholds defaultOf(String municipalityCode) {
        return new StayThresholds(municipalityCode, DEFAULT_SHORT_STAY_MONTHS, DEFAULT_LONG_STAY_MONTHS, 0, null,
                null);
    }
}

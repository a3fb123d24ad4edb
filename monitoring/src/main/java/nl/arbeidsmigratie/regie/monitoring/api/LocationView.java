package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One version of a location as recorded: {@code version} counts up from 1; a change names its reason; a version
 * marked as an error means the location should never have been recorded.
 */
public record LocationView(long locationId, int version, LocationDetails details, Instant recordedAt,
                           String recordedBy, String reason, boolean markedError) implements RecordedVersion, Serializable {

    @Override
    public Record content() {
        return details;
    }
}

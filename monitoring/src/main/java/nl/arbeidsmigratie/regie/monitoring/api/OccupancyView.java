package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/** A recorded occupancy report; {@code supersedes} names the report it corrected. */
public record OccupancyView(long id, OccupancyFigures figures, Instant recordedAt, String recordedBy, Long supersedes,
                            boolean markedError, String reason) implements RecordedVersion, Serializable {

    @Override
    public Record content() {
        return figures;
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded occupancy report; {@code supersedes} names the report it corrected. */
public record OccupancyView(long id, OccupancyFigures figures, Instant recordedAt, String recordedBy, Long supersedes,
                            boolean markedError, String reason) implements RecordedVersion, Serializable {

    /** The figures a change log compares: a report never moves to another location, so its id is left out. */
    @Override
    public Record content() {
        return new Reported(figures.referenceDate(), figures.persons(), figures.shortStay(), figures.midStay(),
                figures.longStay());
    }

    public record Reported(LocalDate referenceDate, Integer persons, Integer shortStay, Integer midStay,
                           Integer longStay) implements Serializable {
    }
}

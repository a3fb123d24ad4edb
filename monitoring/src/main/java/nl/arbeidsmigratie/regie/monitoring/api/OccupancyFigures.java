package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/** Persons housed at a location on a reference date, and where known how many stay short, mid or long. */
public record OccupancyFigures(long locationId, LocalDate referenceDate, Integer persons, Integer shortStay,
                               Integer midStay, Integer longStay) implements Serializable {

    /** Far above any real location: more persons on one report is a typing error, refused as such. */
    public static final int MOST_PERSONS = 100_000;
}

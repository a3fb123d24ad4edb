package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Stream;

/** Persons housed at a location on a reference date, and where known how many stay short, mid or long. */
public record OccupancyFigures(long locationId, LocalDate referenceDate, Integer persons, Integer shortStay,
                               Integer midStay, Integer longStay) implements Serializable {

    /** Far above any real location: more persons on one report is a typing error, refused as such. */
    public static final int MOST_PERSONS = 100_000;

    /** Whether short, mid and long stay add up to more than the persons housed, which no report may say. */
    public boolean splitExceedsPersons() {
        // summed as longs: three large ints would overflow into a small sum
        long split = Stream.of(shortStay, midStay, longStay).mapToLong(n -> n == null ? 0 : n).sum();
        return persons != null && split > persons;
    }
}

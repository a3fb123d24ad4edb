package nl.arbeidsmigratie.regie.registration.api;

import java.time.LocalDate;

/**
 * An edition with its state today. {@code confirmed} and {@code awaiting} (submitted, not yet decided) together
 * take the places; {@code waiting} counts the waiting list. Counts only: who enrolled is not public.
 */
public record EditionView(long id, String title, String description, String targetGroup, LocalDate opensOn,
                          LocalDate closesOn, int capacity, EditionState state, long confirmed, long awaiting,
                          long waiting, long version) implements java.io.Serializable {

    public long placesTaken() {
        return confirmed + awaiting;
    }

    public long placesLeft() {
        return Math.max(0, capacity - placesTaken());
    }
}

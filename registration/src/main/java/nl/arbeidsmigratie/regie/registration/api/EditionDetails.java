package nl.arbeidsmigratie.regie.registration.api;

import java.time.LocalDate;

/**
 * What a coordinator fills in for an edition. Enrolment is open from the start of {@code opensOn} through the
 * end of {@code closesOn} (Dutch time); {@code capacity} is the number of municipalities that can take part.
 */
public record EditionDetails(String title, String description, String targetGroup, LocalDate opensOn,
                             LocalDate closesOn, int capacity) implements java.io.Serializable {
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;

/** A Dutch address; the postcode is written as {@code 1234 AB}. */
public record Address(String street, String houseNumber, String postcode, String place) implements Serializable {
}

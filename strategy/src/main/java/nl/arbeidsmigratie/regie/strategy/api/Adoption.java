package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.LocalDate;

/** How a document was adopted: by which body, on which date, under which reference number or link. */
public record Adoption(AdoptionBody body, LocalDate date, String reference) implements Serializable {
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A permit of a location, with the dates it is valid. */
public record Permit(PermitKind kind, String number, LocalDate validFrom, LocalDate validTo) implements Serializable {
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An inspection as entered: the norm check is not part of it, the facade takes it as it stands. */
public record InspectionEntry(Long locationId, LocalDate inspectedOn, String inspector, String findings,
                              Measure measure, LocalDate followUpOn) implements Serializable {
}

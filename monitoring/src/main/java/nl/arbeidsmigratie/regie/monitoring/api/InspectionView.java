package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded inspection with the norm check of the moment it was recorded. */
public record InspectionView(long id, long locationId, String municipalityCode, LocalDate inspectedOn,
                             String inspector, String findings, NormSummary normCheck, Measure measure,
                             LocalDate followUpOn, Instant recordedAt, String recordedBy) implements Serializable {
}

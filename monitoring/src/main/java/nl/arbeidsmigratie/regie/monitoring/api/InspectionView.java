package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded inspection with the norm check of the moment it was recorded; a correction names the inspection it
 * takes the place of ({@code correctsId}) and why.
 */
public record InspectionView(long id, long locationId, String municipalityCode, LocalDate inspectedOn,
                             String inspector, String findings, NormSummary normCheck, Measure measure,
                             LocalDate followUpOn, Instant recordedAt, String recordedBy, Long correctsId,
                             String reason) implements Serializable {
}

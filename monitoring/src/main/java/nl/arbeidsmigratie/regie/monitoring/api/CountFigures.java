package nl.arbeidsmigratie.regie.monitoring.api;

import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import java.time.LocalDate;

/**
 * The figures of one count as entered: never a single number, always with its source and definition, and
 * where known the registered numbers and an estimated range. Stay classes follow the municipality's own
 * thresholds in months (default 4 and 12).
 */
public record CountFigures(String municipalityCode, LocalDate referenceDate, Integer registeredBrp,
                           Integer registeredRni, Integer working, Integer estimateMin, Integer estimateMax,
                           String source, String method, CountDefinition definition, int shortStayMonths,
                           int longStayMonths) implements java.io.Serializable {

    public CountFigures {
        municipalityCode = MunicipalityCodes.normalised(municipalityCode);
    }
}

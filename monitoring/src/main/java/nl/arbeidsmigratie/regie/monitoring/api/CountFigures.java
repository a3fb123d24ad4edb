package nl.arbeidsmigratie.regie.monitoring.api;

import java.time.LocalDate;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;

/**
 * The figures of one count as entered: never a single number, always with its source and definition, and
 * where known the registered numbers and an estimated range. Stay classes follow the municipality's own
 * thresholds in months (4 and 12 when none are given).
 */
public record CountFigures(String municipalityCode, LocalDate referenceDate, Integer registeredBrp,
                           Integer registeredRni, Integer working, Integer estimateMin, Integer estimateMax,
                           String source, String method, CountDefinition definition, Integer shortStayMonths,
                           Integer longStayMonths) implements java.io.Serializable {

    /** The thresholds of a count that names none, in the API, an import or the form alike. */
    public static final int DEFAULT_SHORT_STAY_MONTHS = 4;
    public static final int DEFAULT_LONG_STAY_MONTHS = 12;
    /** The earliest reference date kept: anything before is a typing error (year 1, 0019), not a count. */
    public static final LocalDate EARLIEST_REFERENCE_DATE = LocalDate.of(1900, 1, 1);

    public CountFigures {
        municipalityCode = MunicipalityCodes.normalised(municipalityCode);
        source = FreeText.lineFeeds(source);
        method = FreeText.lineFeeds(method);
        shortStayMonths = shortStayMonths == null ? DEFAULT_SHORT_STAY_MONTHS : shortStayMonths;
        longStayMonths = longStayMonths == null ? DEFAULT_LONG_STAY_MONTHS : longStayMonths;
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.text.Normalizer;
import java.time.LocalDate;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;

/**
 * The figures of one count as entered: never a single number, always with its source and definition, and
 * where known the registered numbers and an estimated range. Stay classes follow the municipality's own
 * thresholds in months: a count that names none is recorded with the municipality's ({@link StayThresholds}), a
 * correction that names none keeps the count's.
 */
public record CountFigures(String municipalityCode, LocalDate referenceDate, Integer registeredBrp,
                           Integer registeredRni, Integer working, Integer estimateMin, Integer estimateMax,
                           String source, String method, CountDefinition definition, Integer shortStayMonths,
                           Integer longStayMonths) implements java.io.Serializable {

    /** The earliest reference date kept: anything before is a typing error (year 1, 0019), not a count. */
    public static final LocalDate EARLIEST_REFERENCE_DATE = LocalDate.of(1900, 1, 1);

    public CountFigures {
        municipalityCode = MunicipalityCodes.normalised(municipalityCode);
        // the source is part of a count's key: spaced or composed differently (a non-breaking space pasted from a web
        // page, a double space, é typed as e and its accent) it is the same source, so a file sent again corrects
        source = source == null ? null : Normalizer.normalize(FreeText.spaced(source), Normalizer.Form.NFC);
        method = FreeText.lineFeeds(method);
    }

    /** These figures with each stay threshold they leave open taken from the given ones. */
    public CountFigures withThresholdsOr(int shortMonths, int longMonths) {
        return new CountFigures(municipalityCode, referenceDate, registeredBrp, registeredRni, working, estimateMin,
                estimateMax, source, method, definition, shortStayMonths == null ? shortMonths : shortStayMonths,
                longStayMonths == null ? longMonths : longStayMonths);
    }
}

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;

/**
 * One frozen figure: {@code label} is a message key (e.g. {@code figures.count.registered-brp}); {@code source}
 * is either such a key ({@code figures.source.*}) or the source text recorded with the figure. {@code value} is
 * kept as monitoring gave it ({@code 3250}, {@code 2500–3100}, {@code 2026-12-01}); {@link #valueIn} writes it
 * for people.
 */
public record FigureRow(String label, String value, String source) implements Serializable {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A whole number of four digits or more that is no part of a decimal or a date. */
    private static final Pattern WHOLE = Pattern.compile("(?<![\\d.,-])\\d{4,}(?![\\d.,-])");

    /** A date as the pages and the PDF write it, for a source text frozen with its figure: 01-06-2013. */
    public static String written(LocalDate date) {
        return DutchDates.format(date);
    }

    /**
     * The source as the pages and the PDF write it in {@code locale}: a date frozen into its text ({@link #written})
     * in that language's form, so an English reader does not take 01-06-2013 for the sixth of January.
     */
    public String sourceIn(Locale locale) {
        if (source == null) {
            return "";
        }
        Matcher date = WRITTEN_DATE.matcher(source);
        StringBuilder written = new StringBuilder();
        while (date.find()) {
            String shown = DutchDates.parseDate(date.group()).map(d -> DutchDates.format(d, locale)).orElse(date.group());
            date.appendReplacement(written, Matcher.quoteReplacement(shown));
        }
        return date.appendTail(written).toString();
    }

    private static final Pattern WRITTEN_DATE = Pattern.compile("(?<![\\d-])\\d{2}-\\d{2}-\\d{4}(?![\\d-])");

    /** The value as the pages and the PDF write it in {@code locale}: 01-12-2026 (1 Dec 2026), 3.250, 2.500–3.100. */
    public String valueIn(Locale locale) {
        if (value == null) {
            return "";
        }
        if (ISO_DATE.matcher(value).matches()) {
            return DutchDates.format(LocalDate.parse(value), locale);
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        Matcher whole = WHOLE.matcher(value);
        StringBuilder written = new StringBuilder();
        while (whole.find()) {
            whole.appendReplacement(written, Matcher.quoteReplacement(numbers.format(new BigInteger(whole.group()))));
        }
        return whole.appendTail(written).toString();
    }
}

package nl.arbeidsmigratie.regie.monitoring.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/** What a count must satisfy before it is recorded. */
public final class CountRules {

    /** The latest a long stay may be said to begin: ten years; municipalities use a year or two. */
    public static final int MAX_STAY_MONTHS = 120;

    private static final int LONGEST_TEXT = 300;

    /** More people than the Netherlands has inhabitants: a typing error, never a count of one municipality. */
    static final int MOST_PEOPLE = 20_000_000;

    private CountRules() {
    }

    /**
     * The key by which a municipality's counts are written one writer at a time ({@code pg_advisory_xact_lock}): a
     * count's key (municipality, date, definition, source) is no unique key in the database, as a correction may move
     * a count to another, so two writers of one new count at the same moment would otherwise both add it.
     */
    public static String writeLock(String municipalityCode) {
        return "count|" + municipalityCode;
    }

    /** Every rule of a count, each broken one refused together with the others. */
    public static void check(CountFigures figures, LocalDate today) {
        InputChecks checks = new InputChecks();
        checks.require(MunicipalityCodes.wellFormed(figures.municipalityCode()), "municipalityCode",
                "error.count.municipality", "not a CBS code");
        checks.check(() -> checkReferenceDate(figures.referenceDate(), today));
        // each figure by its own name, so that a refusal says which one (a file's column, a form's field)
        Map<String, Integer> named = new LinkedHashMap<>();
        named.put("registeredBrp", figures.registeredBrp());
        named.put("registeredRni", figures.registeredRni());
        named.put("working", figures.working());
        named.put("estimateMin", figures.estimateMin());
        named.put("estimateMax", figures.estimateMax());
        named.forEach((field, n) -> checks.check(() -> {
            if (n != null && n < 0) {
                throw new InvalidInputException(field, "error.count.negative", field + " cannot be negative");
            }
            if (n != null && n > MOST_PEOPLE) {
                throw new InvalidInputException(field, "error.count.too-large",
                        field + " is at most " + MOST_PEOPLE + " people");
            }
        }));
        checks.check(() -> {
            if (named.values().stream().allMatch(n -> n == null)) {
                throw new InvalidInputException("figures", "error.count.empty", "a count needs at least one figure");
            }
            if (figures.estimateMin() != null && figures.estimateMax() != null
                    && figures.estimateMin() > figures.estimateMax()) {
                throw new InvalidInputException("estimateMin", "error.count.range", "estimate minimum above maximum");
            }
        });
        checks.check(() -> {
            if (FreeText.blank(figures.source())) {
                throw new InvalidInputException("source", "error.count.source.required", "every count has a source");
            }
            if (figures.source().length() > LONGEST_TEXT) {
                throw new TextTooLongException("source", LONGEST_TEXT);
            }
            // a character that takes no room would make a source that reads the same another one
            FreeText.line("source", figures.source());
        });
        checks.check(() -> {
            if (figures.method() != null && figures.method().length() > LONGEST_TEXT) {
                throw new TextTooLongException("method", LONGEST_TEXT);
            }
            FreeText.checked("method", figures.method());
        });
        checks.require(figures.definition() != null, "definition", "error.count.definition.required",
                "living in or working in");
        checks.check(() -> checkThresholds(figures.shortStayMonths(), figures.longStayMonths()));
        checks.refuseIfBroken();
    }

    /**
     * {@code given} with each stay threshold it leaves open taken from the given ones. Given one alone that does not
     * fit the other so taken, the refusal names the one given and the other's value, which the sender did not write.
     */
    public static CountFigures filledIn(CountFigures given, int shortMonths, int longMonths) {
        CountFigures filled = given.withThresholdsOr(shortMonths, longMonths);
        boolean shortOnly = given.shortStayMonths() != null && given.longStayMonths() == null;
        boolean longOnly = given.shortStayMonths() == null && given.longStayMonths() != null;
        if ((shortOnly || longOnly) && filled.shortStayMonths() >= 1
                && filled.longStayMonths() <= filled.shortStayMonths()) {
            throw shortOnly
                    ? new InvalidInputException("shortStayMonths", "error.count.thresholds.below-long",
                            "shortStayMonths must be below the long-stay threshold in force, " + longMonths,
                            longMonths)
                    : new InvalidInputException("longStayMonths", "error.count.thresholds.above-short",
                            "longStayMonths must be above the short-stay threshold in force, " + shortMonths,
                            shortMonths);
        }
        return filled;
    }

    /** The rules of stay thresholds, a count's and a municipality's alike: both given, positive, short below long. */
    public static void checkThresholds(Integer shortStayMonths, Integer longStayMonths) {
        InputChecks given = new InputChecks();
        given.require(shortStayMonths != null, "shortStayMonths", "error.stay-thresholds.required",
                "shortStayMonths is required");
        given.require(longStayMonths != null, "longStayMonths", "error.stay-thresholds.required",
                "longStayMonths is required");
        given.refuseIfBroken();
        if (shortStayMonths < 1 || longStayMonths <= shortStayMonths) {
            throw new InvalidInputException("shortStayMonths", "error.count.thresholds",
                    "stay thresholds must be positive and short below long");
        }
        if (longStayMonths > MAX_STAY_MONTHS) {
            throw new InvalidInputException("longStayMonths", "error.count.thresholds.long-stay-max",
                    "a long stay begins after at most " + MAX_STAY_MONTHS + " months", MAX_STAY_MONTHS);
        }
    }

    public static String reason(String reason) {
        if (FreeText.blank(reason)) {
            throw new InvalidInputException("reason", "error.count.reason.required", "a correction needs a reason");
        }
        if (reason.length() > LONGEST_TEXT) {
            throw new TextTooLongException("reason", LONGEST_TEXT);
        }
        return FreeText.checked("reason", reason.strip());
    }

    /** A reference date is given, not in the future and not before 1900; counts and occupancy reports alike. */
    static void checkReferenceDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidInputException("referenceDate", "error.count.reference-date.required", "no reference date");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("referenceDate", "error.count.reference-date.future",
                    "a reference date cannot lie in the future");
        }
        if (date.isBefore(CountFigures.EARLIEST_REFERENCE_DATE)) {
            throw new InvalidInputException("referenceDate", "error.count.reference-date.too-early",
                    "a reference date lies on or after " + CountFigures.EARLIEST_REFERENCE_DATE);
        }
    }
}

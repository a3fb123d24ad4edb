package nl.arbeidsmigratie.regie.platform.api;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way dates are shown ({@code 01-12-2026}, with a time {@code 01-12-2026 14:30}) and the many ways people
 * type them: {@code 1-12-2026}, {@code 01-12-2026}, {@code 1/12/2026}, {@code 1.12.2026}, {@code 01122026},
 * {@code 1 december 2026}, {@code 1 dec 2026}, {@code 1 dec. 2026}, {@code 1-dec-2026} (as a spreadsheet writes
 * it), {@code 2026-12-01}, {@code 20261201} (as systems export it), month names in Dutch or English. A day-month-year
 * order is assumed: that is how the Netherlands writes dates.
 */
public final class DutchDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    /** As systems export dates ({@code 20261201}): taken so where the day-first reading has a year before 1900. */
    private static final Pattern COMPACT_YEAR_FIRST = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})");
    /** The month first, as an American spreadsheet writes a long date ({@code March 1, 2026}). */
    private static final Pattern MONTH_FIRST = Pattern.compile("([a-z]+)\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})[-/. ]*([a-z]+)[-/. ]*(\\d{4})");
    private static final Pattern WITH_TIME = Pattern.compile("(.+?)(?:[ t]+(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?)?");

    /** A weekday before the date, as a spreadsheet's long date writes it ({@code zondag 1 maart 2026}). */
    private static final Pattern WEEKDAY = Pattern.compile("([a-z]{2,9})\\.?,? (.+)");

    /** Each weekday's names, Monday first: in full and short, in Dutch and English. */
    private static final Map<String, DayOfWeek> WEEKDAYS = named(List.of("maandag ma monday mon",
            "dinsdag di tuesday tue", "woensdag wo wednesday wed", "donderdag do thursday thu", "vrijdag vr friday fri",
            "zaterdag za saturday sat", "zondag zo sunday sun"));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private DutchDates() {
    }

    private static Map<String, DayOfWeek> named(List<String> namesPerDay) {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (int day = 0; day < namesPerDay.size(); day++) {
            for (String name : namesPerDay.get(day).split(" ")) {
                days.put(name, DayOfWeek.of(day + 1));
            }
        }
        return Map.copyOf(days);
    }

    /**
     * The date typed, or empty when it is not one (also for 31-02-2026, and for a weekday before it that is not the
     * date's: {@code zondag 2 maart 2026} is a typing error in one of the two).
     */
    public static Optional<LocalDate> parseDate(String typed) {
        String text = normalised(typed);
        Optional<Weekday> weekday = weekday(text);
        if (weekday.isPresent()) {
            return parseDate(weekday.get().date()).filter(date -> date.getDayOfWeek() == weekday.get().day());
        }
        Matcher m;
        try {
            if ((m = ISO.matcher(text)).matches() || (m = COMPACT_YEAR_FIRST.matcher(text)).matches()
                    && Integer.parseInt(text.substring(4)) < 1900) {
                return Optional.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
            }
            if ((m = NUMERIC.matcher(text)).matches() || (m = COMPACT.matcher(text)).matches()) {
                return Optional.of(LocalDate.of(number(m, 3), number(m, 2), number(m, 1)));
            }
            if ((m = NAMED.matcher(text)).matches() && MONTHS.containsKey(m.group(2))) {
                return Optional.of(LocalDate.of(number(m, 3), MONTHS.get(m.group(2)), number(m, 1)));
            }
            if ((m = MONTH_FIRST.matcher(text)).matches() && MONTHS.containsKey(m.group(1))) {
                return Optional.of(LocalDate.of(number(m, 3), MONTHS.get(m.group(1)), number(m, 2)));
            }
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether {@code typed} is written as a date is, whether or not that day exists: 31-02-2026 is, "gisteren" is
     * not. A refusal then says the day does not exist rather than that the text cannot be read.
     */
    public static boolean shapedLikeDate(String typed) {
        String text = normalised(typed);
        Optional<Weekday> weekday = weekday(text);
        if (weekday.isPresent()) {
            return shapedLikeDate(weekday.get().date());
        }
        Matcher named = NAMED.matcher(text);
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        return ISO.matcher(text).matches() || NUMERIC.matcher(text).matches() || COMPACT.matcher(text).matches()
                || named.matches() && MONTHS.containsKey(named.group(2))
                || monthFirst.matches() && MONTHS.containsKey(monthFirst.group(1));
    }

    /** Whether {@code typed} names a weekday before a date that falls on another ({@code maandag 1 maart 2026}). */
    public static boolean weekdayContradicts(String typed) {
        return weekday(normalised(typed)).flatMap(weekday -> parseDate(weekday.date())
                .filter(date -> date.getDayOfWeek() != weekday.day())).isPresent();
    }

    /** A weekday named before a date, and the date after it. */
    private record Weekday(DayOfWeek day, String date) {
    }

    /** The weekday {@code text} (normalised) begins with, if it names one. */
    private static Optional<Weekday> weekday(String text) {
        Matcher named = WEEKDAY.matcher(text);
        return named.matches() && WEEKDAYS.containsKey(named.group(1))
                ? Optional.of(new Weekday(WEEKDAYS.get(named.group(1)), named.group(2))) : Optional.empty();
    }

    /** Whether {@code typed} is a moment as {@link #parseMoment} reads it but on a day no calendar has (31-04-2027). */
    public static boolean onNoSuchDay(String typed) {
        Matcher m = WITH_TIME.matcher(normalised(typed));
        return m.matches() && shapedLikeDate(m.group(1)) && parseDate(m.group(1)).isEmpty();
    }

    /** A date with an optional time ({@code 1-12-2026 14:30}, {@code 2026-12-01T14:30:05}); {@code timeOfDay} without one. */
    public static Optional<LocalDateTime> parseMoment(String typed, LocalTime timeOfDay) {
        Matcher m = WITH_TIME.matcher(normalised(typed));
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(m.group(1));
        if (date.isEmpty() || m.group(2) == null) {
            return date.map(d -> d.atTime(timeOfDay));
        }
        try {
            return Optional.of(date.get().atTime(LocalTime.of(number(m, 2), number(m, 3),
                    m.group(4) == null ? 0 : number(m, 4))));
        } catch (DateTimeException noSuchTime) {
            return Optional.empty();
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A date as the pages write it for a reader of {@code language}: in English with the month's name
     * ({@code 1 Dec 2026}), which an English reader does not mistake for the first of January; otherwise as above.
     */
    public static String format(LocalDate date, Locale language) {
        return date != null && Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? ENGLISH.format(date)
                : format(date);
    }

    /** A moment of Dutch local time to the minute as {@link #format(LocalDate, Locale)} writes its date. */
    public static String minutes(LocalDateTime moment, Locale language) {
        return moment == null ? "" : format(moment.toLocalDate(), language) + " " + TIME.format(moment);
    }

    /** As {@link #minutes}, to the second. */
    public static String seconds(LocalDateTime moment, Locale language) {
        return moment == null ? "" : format(moment.toLocalDate(), language) + " " + TIME_SECONDS.format(moment);
    }

    private static String normalised(String typed) {
        // any kind of space, as a spreadsheet's long date may hold a no-break one
        return typed == null ? "" : FreeText.spaced(typed).toLowerCase(Locale.ROOT);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

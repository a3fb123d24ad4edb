package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import org.omnifaces.util.Faces;

/**
 * Values as people read them, wherever a page shows a stored value it does not know the type of (change logs, the
 * audit trail) or a number: {@code #{values.text(change.after)}}, {@code #{values.number(figure)}}. Numbers in the
 * page's language ({@code 6.000} in Dutch, {@code 6,000} in English, never {@code 600.0}), dates as everywhere
 * ({@link DutchDates}), moments in Dutch time, yes and no, and codes such as {@code HOUSING_UNITS} by their label.
 */
@Named("values")
@ApplicationScoped
public class DisplayValues {

    /** The decimals a stored number is shown with at most: a coordinate's, to about 10 cm. */
    private static final int MOST_DECIMALS = 6;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    /** The fields that hold a list of records, which a change log writes as their values, item after item. */
    private static final Set<String> RECORD_LISTS = Set.of("permits", "details.permits");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,11})(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    /** A local date and time, as a meeting's or a poll's: {@code 2026-12-24T17:00}. */
    private static final Pattern LOCAL_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private static final Duration NAMES_KEPT = Duration.ofMinutes(1);

    @Inject
    AccountDirectory directory;

    private volatile Names names;

    /** Per language: each code with the bundle's keys that end in it, shortest first. */
    private final Map<Locale, Map<String, List<String>>> codeKeys = new ConcurrentHashMap<>();
    /** Per language: the number formats to clone (a format is not safe for threads to share). */
    private final Map<Locale, NumberFormat> numberFormats = new ConcurrentHashMap<>();
    private final Map<Locale, NumberFormat> percentFormats = new ConcurrentHashMap<>();

    public String text(Object value) {
        return text(value, Faces.getLocale());
    }

    /**
     * {@link #text(Object)} for a value of a record of {@code kind} ({@code signal}, {@code import}): a code several
     * kinds share (CLOSED, LOCATIONS) in that kind's own words where the bundle has them.
     */
    public String text(Object value, String kind) {
        return text(value, kind, Faces.getLocale());
    }

    /** {@link #text(Object, String)} in {@code locale}. */
    public String text(Object value, String kind, Locale locale) {
        return value != null && CODE.matcher(value.toString()).matches() ? label(value.toString(), kind, locale)
                : text(value, locale);
    }

    /**
     * A field's value in a change log: a list of records (a location's permits, "VERHUURVERGUNNING V-17 2024-01-01
     * 2028-12-31; …") item by item, each of its values in words; any other as {@link #text(Object, String)}.
     */
    public String changed(String field, String value, String kind) {
        return changed(field, value, kind, Faces.getLocale());
    }

    /** {@link #changed(String, String, String)} in {@code locale}. */
    public String changed(String field, String value, String kind, Locale locale) {
        if (value == null || !RECORD_LISTS.contains(field)) {
            return text(value, kind, locale);
        }
        return Arrays.stream(value.split("; ")).map(item -> Arrays.stream(item.split(" "))
                .map(part -> text(part, kind, locale)).collect(Collectors.joining(" · ")))
                .collect(Collectors.joining("; "));
    }

    /**
     * One value of a list that is shown joined into one text: codes, dates and moments in words, numbers as they are,
     * for the joined text is put in words once more.
     */
    public String listItem(String value) {
        return value == null || NUMBER.matcher(value).matches() ? value : text(value);
    }

    public String number(Number value) {
        return value == null ? "" : numbers(Faces.getLocale()).format(value);
    }

    /**
     * An estimate as it was made: "2.500 – 3.100", or with one end only "≥ 80.000" (more than) or "≤ 400" (at most),
     * never one end shown as the figure.
     */
    public String estimate(Number min, Number max) {
        return openRange(number(min), number(max), min, max, " – ");
    }

    /**
     * A gap between an estimate and the beds, "-200 … 300" (ends may be below zero, where a dash would read as a
     * minus sign), with open ends as {@link #estimate}.
     */
    public String gap(Number min, Number max) {
        return openRange(number(min), number(max), min, max, " … ");
    }

    /** A share's range as whole percentages, "50% – 75%", with an open end "≤ 51%" or "≥ 25%"; see {@link #estimate}. */
    public String shareRange(Number low, Number high) {
        return openRange(percent(low), percent(high), low, high, " – ");
    }

    static String openRange(String lowText, String highText, Number low, Number high, String between) {
        if (low == null) {
            return high == null ? "" : "≤ " + highText;
        }
        if (high == null) {
            return "≥ " + lowText;
        }
        return lowText.equals(highText) ? lowText : lowText + between + highText;
    }

    /** A share as a whole percentage in the page's language ({@code 0.875}: {@code 88%}). */
    public String percent(Number share) {
        return share == null ? "" : ((NumberFormat) percentFormats
                .computeIfAbsent(Faces.getLocale(), NumberFormat::getPercentInstance).clone()).format(share);
    }

    /** Who recorded something: a person by their address, the product itself ("system") and the like in words. */
    public String actor(String actor) {
        if (actor == null) {
            return "";
        }
        String key = "actor." + actor.replace(' ', '-');
        ResourceBundle bundle = bundle(Faces.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : actor;
    }

    /**
     * Who did something, as the pages name people: by their name, the product itself ("system") and the like in
     * words, and an address the product has no account for as it is. The audit trail keeps to {@link #actor}.
     */
    public String person(String actor) {
        if (actor == null) {
            return "";
        }
        String named = names().get(actor.toLowerCase(Locale.ROOT));
        return named == null || named.isBlank() ? actor(actor) : named;
    }

    /** The accounts' names, read again once a minute at most: a page names many people, and names rarely change. */
    private Map<String, String> names() {
        Names known = names;
        if (known == null || known.readAt().isBefore(Instant.now().minus(NAMES_KEPT))) {
            try {
                known = new Names(told(directory.names()), Instant.now());
                names = known;
            } catch (AccessRefusedException signedOut) {
                return Map.of();
            }
        }
        return known.byAddress();
    }

    /**
     * Names as shown: a name two accounts share (or that reads as an address) comes with the account's address, so
     * nobody passes for someone else by taking their name.
     */
    static Map<String, String> told(Map<String, String> byAddress) {
        Map<String, Long> uses = byAddress.values().stream().filter(name -> name != null)
                .collect(Collectors.groupingBy(DisplayValues::compared, Collectors.counting()));
        Map<String, String> told = new HashMap<>();
        byAddress.forEach((address, name) -> told.put(address, name == null || name.isBlank() ? name
                : uses.get(compared(name)) > 1 || name.contains("@") ? name + " (" + address + ")" : name));
        return told;
    }

    private static String compared(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private record Names(Map<String, String> byAddress, Instant readAt) {
    }

    /** The label of a field named by its path in a record ({@code details.facilities.beds}); the path if none. */
    public String field(String path) {
        ResourceBundle bundle = bundle(Faces.getLocale());
        for (String rest = path; rest != null; rest = rest.contains(".") ? rest.substring(rest.indexOf('.') + 1) : null) {
            if (bundle.containsKey("field." + rest)) {
                return bundle.getString("field." + rest);
            }
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (last.chars().allMatch(Character::isDigit) && last.length() < path.length()) {
            // an entry of a map by number, such as the answer to slot 2: "Antwoorden 2"
            return field(path.substring(0, path.length() - last.length() - 1)) + " " + last;
        }
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    String text(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return numbers(locale).format(number);
        }
        if (value instanceof Boolean yes) {
            return bundle(locale).getString(yes ? "action.yes" : "action.no");
        }
        if (value instanceof LocalDate date) {
            return DutchDates.format(date, locale);
        }
        String text = value.toString();
        if (NUMBER.matcher(text).matches()) {
            // a value as stored, in a history or the audit trail, shows every decimal it has up to a coordinate's
            // six; a share computed to the double's last digit is rounded there
            BigDecimal number = new BigDecimal(text);
            NumberFormat format = numbers(locale);
            format.setMaximumFractionDigits(Math.min(MOST_DECIMALS, Math.max(2, number.scale())));
            return format.format(number);
        }
        if (DATE.matcher(text).matches()) {
            return DutchDates.format(LocalDate.parse(text), locale);
        }
        if (MOMENT.matcher(text).matches()) {
            try {
                return DutchDates.seconds(LocalDateTime.ofInstant(Instant.parse(text), DutchTime.ZONE), locale);
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
        if (LOCAL_MOMENT.matcher(text).matches()) {
            try {
                return DutchDates.minutes(LocalDateTime.parse(text), locale);
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
        if ("true".equals(text) || "false".equals(text)) {
            return text(Boolean.valueOf(text), locale);
        }
        return CODE.matcher(text).matches() ? label(text, null, locale) : text;
    }

    private NumberFormat numbers(Locale locale) {
        // A clone of one made per language: making one looks up the language's symbols and patterns each time.
        return (NumberFormat) numberFormats.computeIfAbsent(locale, l -> {
            NumberFormat format = NumberFormat.getNumberInstance(l);
            format.setMaximumFractionDigits(2);
            return format;
        }).clone();
    }

    /** A code's label: the one of {@code kind}'s own keys if it has one, else the shortest key's; the code if none. */
    private String label(String code, String kind, Locale locale) {
        List<String> keys = codeKeys(locale).getOrDefault(code, List.of());
        return keys.stream().filter(k -> kind != null && k.startsWith(kind)).findFirst()
                .or(() -> keys.stream().findFirst()).map(bundle(locale)::getString).orElse(code);
    }

    private Map<String, List<String>> codeKeys(Locale locale) {
        return codeKeys.computeIfAbsent(locale, l -> {
            Map<String, List<String>> keys = new HashMap<>();
            // shortest key first: "housing-form.HOTEL_PENSION" before "worklist.kind.…"
            bundle(l).keySet().stream().filter(k -> !k.startsWith("error.") && CODE.matcher(codeOf(k)).matches())
                    .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                    .forEach(k -> keys.computeIfAbsent(codeOf(k), c -> new ArrayList<>()).add(k));
            return keys;
        });
    }

    private static String codeOf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(MessageTexts.BUNDLE, locale);
    }
}

package nl.arbeidsmigratie.regie.web.faces;

import java.util.regex.Pattern;

/**
 * A record's number as an address or a request names it: digits 0 to 9 alone, spaces around them aside. Java reads
 * the digits of other scripts and a leading plus sign as a number too, which would give one record many addresses.
 */
public final class RecordIds {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private RecordIds() {
    }

    /** The number {@code text} names; a {@link NumberFormatException} for anything else, as Java's parsing throws. */
    public static long parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (!DIGITS.matcher(stripped).matches()) {
            throw new NumberFormatException("not a record's number: " + text);
        }
        return Long.parseLong(stripped);
    }
}

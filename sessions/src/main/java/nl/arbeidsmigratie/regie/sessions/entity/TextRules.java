package nl.arbeidsmigratie.regie.sessions.entity;

import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/** The one rule for the short texts sessions stores: trimmed, within their limit, no control characters. */
public final class TextRules {

    private TextRules() {
    }

    /** Trimmed text with line feeds for line breaks, null when empty; refused when longer than {@code max} or holding control characters. */
    public static String optional(String field, String value, int max) {
        if (FreeText.blank(value)) {
            return null;
        }
        // one kind of line break, whichever system typed it: a bare carriage return would reach a calendar file raw
        String clean = value.strip().replace("\r\n", "\n").replace('\r', '\n');
        if (clean.length() > max) {
            throw new TextTooLongException(field, max);
        }
        return FreeText.checked(field, clean);
    }

    /** As {@link #optional}, and an empty text is refused with {@code messageKey}. */
    public static String required(String field, String value, int max, String messageKey) {
        return present(field, optional(field, value, max), messageKey);
    }

    /**
     * As {@link #optional}, for a text that is one line wherever it is shown: a name, a title. A line break is
     * refused, as it would start a new line in a mail header or calendar entry ("Bcc: …").
     */
    public static String optionalLine(String field, String value, int max) {
        return FreeText.line(field, optional(field, value, max));
    }

    /** As {@link #optionalLine}, and an empty text is refused with {@code messageKey}. */
    public static String requiredLine(String field, String value, int max, String messageKey) {
        return present(field, optionalLine(field, value, max), messageKey);
    }

    private static String present(String field, String clean, String messageKey) {
        if (clean == null) {
            throw new InvalidInputException(field, messageKey, field + " is required");
        }
        return clean;
    }
}

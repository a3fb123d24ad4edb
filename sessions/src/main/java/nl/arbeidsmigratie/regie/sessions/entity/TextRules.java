package nl.arbeidsmigratie.regie.sessions.entity;

import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/** The one rule for the short texts sessions stores: trimmed, within their limit, no control characters. */
public final class TextRules {

    private TextRules() {
    }

    /** Trimmed text, null when empty; refused when longer than {@code max} or holding control characters. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new TextTooLongException(field, max);
        }
        return FreeText.checked(field, clean);
    }

    /** As {@link #optional}, and an empty text is refused with {@code messageKey}. */
    public static String required(String field, String value, int max, String messageKey) {
        String clean = optional(field, value, max);
        if (clean == null) {
            throw new InvalidInputException(field, messageKey, field + " is required");
        }
        return clean;
    }
}

package nl.arbeidsmigratie.regie.strategy.control;

import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/** The rules for what people type into a document: titles, reasons, notes and section text. */
public final class DocumentTexts {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTE = 1000;
    /**
     * Characters of text as it reads, markup not counted: about forty pages per section, enough for any chapter, small
     * enough that a paste of a whole report (or an embedded image) is refused with a message rather than slowing every
     * page down.
     */
    public static final int MAX_SECTION = 200_000;

    private DocumentTexts() {
    }

    public static String title(String field, String value) {
        if (FreeText.blank(value)) {
            throw new InvalidInputException(field, "error.strategy.title.required", "a title is required");
        }
        String title = value.strip();
        if (title.length() > MAX_TITLE) {
            throw new TextTooLongException(field, "error.strategy.title.too-long", MAX_TITLE);
        }
        return FreeText.line(field, title);
    }

    /** A reason or note: {@code required} or else null when blank. */
    public static String note(String field, String value, boolean required) {
        return note(field, value, required ? "error.strategy.reason.required" : null);
    }

    /** A note refused with {@code missingKey} when blank, or null when blank and {@code missingKey} is null. */
    public static String note(String field, String value, String missingKey) {
        if (FreeText.blank(value)) {
            if (missingKey != null) {
                throw new InvalidInputException(field, missingKey, field + " is required");
            }
            return null;
        }
        String note = value.strip();
        if (note.length() > MAX_NOTE) {
            throw new TextTooLongException(field, MAX_NOTE);
        }
        return FreeText.checked(field, note);
    }

    /** Section text, sanitised with the product's one rule and refused when it reads as too long. */
    public static RichText.Sanitized section(String html) {
        return RichText.sanitize("html", html, MAX_SECTION, "error.strategy.section.too-long");
    }

    public static Set<PolicyField> fields(Set<PolicyField> fields) {
        return fields == null ? Set.of() : fields;
    }
}

package nl.arbeidsmigratie.regie.platform.api;

/**
 * A text longer than its field takes. Carries the field's limit, so every message says the limit of the field
 * at hand ("at most {0} characters") and cannot drift from the rule that refused the text.
 */
public class TextTooLongException extends InvalidInputException {

    public static final String MESSAGE_KEY = "error.text.too-long";

    private final int limit;

    public TextTooLongException(String field, int limit) {
        this(field, MESSAGE_KEY, limit);
    }

    /** For a text with a message of its own, such as a password; the message takes the limit as {0}. */
    public TextTooLongException(String field, String messageKey, int limit) {
        super(field, messageKey, (field == null ? "text" : field) + " longer than " + limit + " characters", limit);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}

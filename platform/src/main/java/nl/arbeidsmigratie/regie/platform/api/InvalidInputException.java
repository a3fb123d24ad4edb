package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule. Carries the field it concerns and a message key, so pages and REST can tell the
 * user in their own language what to correct. Rolls the transaction back: bad input changes nothing.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidInputException(String field, String messageKey, String detail) {
        this(field, messageKey, detail, new Object[0]);
    }

    /** A refusal whose message names values, the placeholders {0}, {1}… of its message in that order. */
    public InvalidInputException(String field, String messageKey, String detail, Object... arguments) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message's placeholders ({0}, {1}…) stand for. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The same refusal about {@code otherField}: for a caller whose form or body names the field otherwise. */
    public InvalidInputException about(String otherField) {
        return new InvalidInputException(otherField, messageKey, getMessage(), arguments());
    }
}

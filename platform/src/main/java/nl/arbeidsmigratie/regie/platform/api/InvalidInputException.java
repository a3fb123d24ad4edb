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

    public InvalidInputException(String field, String messageKey, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message's placeholders ({0}, {1}…) stand for; none unless a subclass says otherwise. */
    public Object[] arguments() {
        return new Object[0];
    }

    /** The same refusal about {@code otherField}: for a caller whose form or body names the field otherwise. */
    public InvalidInputException about(String otherField) {
        InvalidInputException original = this;
        return new InvalidInputException(otherField, messageKey, getMessage()) {
            @Override
            public Object[] arguments() {
                return original.arguments();
            }
        };
    }
}

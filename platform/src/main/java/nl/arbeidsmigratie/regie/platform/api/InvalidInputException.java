package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a rule. Carries the field it concerns and a message key, so pages and REST can tell the
 * user in their own language what to correct. Rolls the transaction back: bad input changes nothing.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;
    /** The other rules the same input broke, so a form or file is corrected in one go ({@link InputChecks}). */
    private final List<InvalidInputException> alongside = new ArrayList<>();

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

    /**
     * The same refusal about {@code otherField}: for a caller whose form or body names the field otherwise. An English
     * message that begins with the field's name ("reason is required") names the other one.
     */
    public InvalidInputException about(String otherField) {
        String message = getMessage();
        if (field() != null && message != null && message.startsWith(field() + " ")) {
            message = otherField + message.substring(field().length());
        }
        InvalidInputException moved = new InvalidInputException(otherField, messageKey, message, arguments());
        moved.alongside.addAll(alongside);
        return moved;
    }

    /** This refusal and the others of the same input, in the order the rules were checked. */
    public List<InvalidInputException> all() {
        List<InvalidInputException> all = new ArrayList<>();
        all.add(this);
        alongside.forEach(other -> all.addAll(other.all()));
        return all;
    }

    /** Refuses the rest of {@code broken} together with this one. */
    InvalidInputException with(List<InvalidInputException> others) {
        alongside.addAll(others);
        return this;
    }
}

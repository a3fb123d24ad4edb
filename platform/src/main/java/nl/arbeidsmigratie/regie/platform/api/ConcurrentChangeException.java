package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same record first. Carries the version now stored, so the user sees both and
 * decides; nothing is silently overwritten. Its message key says what was changed meanwhile (a count corrected
 * by someone else, say), so a page and the API tell the user the same specific thing.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    /** The message of a change by someone else that names nothing more specific. */
    public static final String GENERAL_KEY = "error.concurrent-change";

    private final transient Object current;
    private final String messageKey;

    public ConcurrentChangeException(String message, Object current) {
        this(message, current, GENERAL_KEY);
    }

    public ConcurrentChangeException(String message, Object current, String messageKey) {
        super(message);
        this.current = current;
        this.messageKey = messageKey;
    }

    public Object current() {
        return current;
    }

    public String messageKey() {
        return messageKey;
    }
}

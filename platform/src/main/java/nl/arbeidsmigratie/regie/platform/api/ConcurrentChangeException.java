package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same record first. Carries the version now stored, so the user sees both and
 * decides; nothing is silently overwritten.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private final transient Object current;

    public ConcurrentChangeException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}

package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.ApplicationException;

/** The caller may not do this. Rolls the transaction back; pages and REST show it as "not allowed". */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}

package nl.arbeidsmigratie.regie.registration.api;

/**
 * An account was deactivated: every way in its owner had ends, and does not come back when it is reactivated. Fired
 * inside the transaction of the change.
 */
public record AccountDeactivated(long accountId, String email) {
}

package nl.arbeidsmigratie.regie.sessions.api;

/** A person's registration for a meeting: holding a place, waiting for one, or cancelled. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING_LIST,
    CANCELLED
}

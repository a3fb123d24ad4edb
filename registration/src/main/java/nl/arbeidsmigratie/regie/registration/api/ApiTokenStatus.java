package nl.arbeidsmigratie.regie.registration.api;

/** Whether a personal API token still lets a client in; revoked wins over expired. */
public enum ApiTokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}

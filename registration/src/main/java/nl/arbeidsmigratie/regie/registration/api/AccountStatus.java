package nl.arbeidsmigratie.regie.registration.api;

/** Where an account stands: waiting for its owner to choose a password, in use, or switched off. */
public enum AccountStatus {
    PENDING_ACTIVATION,
    ACTIVE,
    DEACTIVATED
}

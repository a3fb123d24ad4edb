package nl.arbeidsmigratie.regie.registration.api;

/** The answer to opening the link in a confirmation mail. */
public enum OptInOutcome {
    CONFIRMED,
    EXPIRED,
    USED,
    UNKNOWN
}

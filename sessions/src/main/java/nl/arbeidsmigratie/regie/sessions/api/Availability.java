package nl.arbeidsmigratie.regie.sessions.api;

/** An answer to one proposed slot of a date poll. */
public enum Availability {
    YES,
    IF_NEED_BE,
    NO
}

package nl.arbeidsmigratie.regie.monitoring.api;

/** What enforcement decided after an inspection, from nothing to closing the location. */
public enum Measure {
    NONE,
    WARNING,
    LAST_ONDER_DWANGSOM,
    CLOSURE
}

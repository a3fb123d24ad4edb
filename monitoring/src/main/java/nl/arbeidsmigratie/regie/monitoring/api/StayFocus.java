package nl.arbeidsmigratie.regie.monitoring.api;

/** The stay class a location is meant for. */
public enum StayFocus {
    SHORT,
    MID,
    LONG,
    MIXED
}

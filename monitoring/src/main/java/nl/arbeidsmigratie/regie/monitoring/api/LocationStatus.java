package nl.arbeidsmigratie.regie.monitoring.api;

/** Where a location stands; only active locations count towards the beds of a municipality. */
public enum LocationStatus {
    PLANNED,
    ACTIVE,
    CLOSED
}

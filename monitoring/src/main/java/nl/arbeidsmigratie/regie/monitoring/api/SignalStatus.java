package nl.arbeidsmigratie.regie.monitoring.api;

/** Where the handling of a signal stands; only closed signals leave the worklist. */
public enum SignalStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED
}

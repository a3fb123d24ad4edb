package nl.arbeidsmigratie.regie.monitoring.api;

/** What a signal is about. */
public enum SignalKind {
    NUISANCE,
    EXPLOITATION,
    OVERCROWDING,
    FIRE_SAFETY,
    OTHER
}

package nl.arbeidsmigratie.regie.monitoring.api;

/** Whom a count is about: people living in the municipality, or people working there. */
public enum CountDefinition {
    LIVING_IN,
    WORKING_IN
}

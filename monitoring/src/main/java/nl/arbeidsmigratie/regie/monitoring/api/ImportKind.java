package nl.arbeidsmigratie.regie.monitoring.api;

/** What a CSV file holds; each kind has its own documented columns (docs/import-formats.md). */
public enum ImportKind {
    COUNTS,
    LOCATIONS,
    OCCUPANCY
}

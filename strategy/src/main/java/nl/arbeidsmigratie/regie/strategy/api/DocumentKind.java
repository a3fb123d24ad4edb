package nl.arbeidsmigratie.regie.strategy.api;

/** What a strategy document is; a regional agreement belongs to a region and is written by its members. */
public enum DocumentKind {
    /** Visie. */
    VISION,
    /** Beleidskader. */
    POLICY_FRAMEWORK,
    /** Beleidsregels. */
    POLICY_RULES,
    /** Regionale afspraak. */
    REGIONAL_AGREEMENT
}

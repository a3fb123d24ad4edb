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
    REGIONAL_AGREEMENT;

    /**
     * Whether a municipality has one of this kind in force: a vision or a policy framework adopted later replaces the
     * one adopted before; policy rules and regional agreements on different subjects stand side by side.
     */
    public boolean oneInForce() {
        return this == VISION || this == POLICY_FRAMEWORK;
    }
}

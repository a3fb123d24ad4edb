package nl.arbeidsmigratie.regie.registration.api;

/** Where a municipality stands in forming its policy on housing labour migrants. */
public enum PolicyPhase {
    /** Oriënterend. */
    ORIENTING,
    /** Visie in ontwikkeling. */
    VISION_IN_DEVELOPMENT,
    /** Beleid vastgesteld. */
    POLICY_ADOPTED
}

package nl.arbeidsmigratie.regie.registration.api;

/** The policy field a contact person works in; the circle wants all four at the table. */
public enum PolicyField {
    ECONOMY,
    HOUSING,
    ENFORCEMENT,
    SOCIAL_DOMAIN
}

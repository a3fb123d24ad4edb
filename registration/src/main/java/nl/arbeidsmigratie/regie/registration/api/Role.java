package nl.arbeidsmigratie.regie.registration.api;

/** What an account may do. An officer always belongs to exactly one municipality. */
public enum Role {
    COORDINATOR,
    OFFICER,
    AUDITOR
}

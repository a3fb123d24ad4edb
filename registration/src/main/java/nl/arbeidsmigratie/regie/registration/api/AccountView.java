package nl.arbeidsmigratie.regie.registration.api;

/** A signed-in person; {@code municipalityCode} and {@code municipalityName} are set for officers only. */
public record AccountView(long id, String email, String displayName, Role role,
                          String municipalityCode, String municipalityName) implements java.io.Serializable {
}

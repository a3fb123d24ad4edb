package nl.arbeidsmigratie.regie.registration.api;

/**
 * An account as callers see it; {@code municipalityCode} and {@code municipalityName} are set for officers
 * only. {@code preferredLanguage} ("nl" or "en") is the language of its pages and mails.
 */
public record AccountView(long id, String email, String displayName, Role role,
                          String municipalityCode, String municipalityName,
                          String preferredLanguage, AccountStatus status, long version)
        implements java.io.Serializable {
}

package nl.arbeidsmigratie.regie.registration.api;

import jakarta.validation.constraints.NotNull;

/**
 * An account a coordinator creates. {@code municipalityCode} is required for an officer and ignored for the
 * other roles; {@code preferredLanguage} ("nl" or "en") is the language of the activation mail, Dutch if null.
 */
public record NewAccount(String email, String displayName, @NotNull Role role, String municipalityCode,
                         String preferredLanguage) {
}

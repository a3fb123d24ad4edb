package nl.arbeidsmigratie.regie.registration.api;

import jakarta.validation.constraints.NotNull;

/**
 * A coordinator's edit of an account's name, role and municipality, made on top of {@code version}: if someone
 * saved in between, the change is refused rather than overwriting theirs.
 */
public record AccountChange(long id, String displayName, @NotNull Role role, String municipalityCode,
                            long version) {
}

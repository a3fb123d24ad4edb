package nl.arbeidsmigratie.regie.registration.api;

import jakarta.validation.constraints.NotBlank;

/**
 * A coordinator's edit of a municipality's region and contact details, made on top of {@code version}: if
 * someone saved in between, the change is refused rather than overwriting theirs.
 */
public record MunicipalityChange(@NotBlank String code, String region, String contactName,
                                 String contactEmail, String contactPhone, long version) {
}

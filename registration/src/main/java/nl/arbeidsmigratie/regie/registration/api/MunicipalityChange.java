package nl.arbeidsmigratie.regie.registration.api;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * A coordinator's edit of a municipality's region and status, made on top of {@code version}: if someone saved
 * in between, the change is refused rather than overwriting theirs. An inactive municipality names its
 * successor and the date it merged.
 */
public record MunicipalityChange(@NotBlank String code, String region, boolean active, String successorCode,
                                 LocalDate inactiveSince, long version) {
}

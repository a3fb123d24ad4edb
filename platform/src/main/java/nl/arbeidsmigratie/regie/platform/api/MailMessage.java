package nl.arbeidsmigratie.regie.platform.api;

import jakarta.validation.constraints.NotBlank;

/** One mail to one recipient; {@code html} is optional, {@code text} is always sent. */
public record MailMessage(@NotBlank String recipient, @NotBlank String subject, @NotBlank String text, String html) {
}

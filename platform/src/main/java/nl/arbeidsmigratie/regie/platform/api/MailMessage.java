package nl.arbeidsmigratie.regie.platform.api;

import jakarta.validation.constraints.NotBlank;

/**
 * One mail to one recipient; {@code html} is optional, {@code text} is always sent. A mail of a list (the newsletter)
 * names in {@code listUnsubscribe} the address that takes its recipient off the list in one step: a POST to it
 * unsubscribes (RFC 8058), which mail programs offer as their own unsubscribe button.
 */
public record MailMessage(@NotBlank String recipient, @NotBlank String subject, @NotBlank String text, String html,
                          String listUnsubscribe) {

    /** A mail of no list. */
    public MailMessage(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null);
    }
}

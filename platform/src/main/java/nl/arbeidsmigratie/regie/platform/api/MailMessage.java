package nl.arbeidsmigratie.regie.platform.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * One mail to one recipient; {@code html} is optional, {@code text} is always sent. A mail of a list (the newsletter)
 * names in {@code listUnsubscribe} the address that takes its recipient off the list in one step: a POST to it
 * unsubscribes (RFC 8058), which mail programs offer as their own unsubscribe button. A mail about an appointment
 * may carry it as a {@code calendar} file, which mail programs offer to add to their calendar.
 */
public record MailMessage(@NotBlank String recipient, @NotBlank String subject, @NotBlank String text, String html,
                          String listUnsubscribe, @Valid CalendarFile calendar) {

    /** A mail of no list. */
    public MailMessage(String recipient, String subject, String text, String html) {
        this(recipient, subject, text, html, null, null);
    }

    /** A mail without a calendar file. */
    public MailMessage(String recipient, String subject, String text, String html, String listUnsubscribe) {
        this(recipient, subject, text, html, listUnsubscribe, null);
    }

    /** This mail with {@code file} attached. */
    public MailMessage with(CalendarFile file) {
        return new MailMessage(recipient, subject, text, html, listUnsubscribe, file);
    }

    /** An iCalendar file ({@code text/calendar}, RFC 5545) attached as {@code fileName}. */
    public record CalendarFile(@NotBlank String fileName, @NotBlank String ics) {
    }
}

package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;
import java.time.Instant;

/** A mail in the outbox: waiting, retrying after a failure, or sent; with the name of its calendar file, if any. */
public record OutboxMailView(long id, String recipient, String subject, String text, Instant createdAt,
                             int attempts, Instant sentAt, String lastError, String calendarFileName)
        implements Serializable {
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A meeting's minutes as stored (sanitised HTML and its plain text). {@code imagesRemoved} and {@code markupRemoved}
 * tell the author, right after saving, what the sanitiser took out.
 */
public record MinutesView(long meetingId, String html, String text, Instant updatedAt, String updatedBy,
                          boolean imagesRemoved, boolean markupRemoved, long version) implements Serializable {
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.Instant;

/** An attachment of a meeting without its content; {@code mediaType} is what its content was found to be. */
public record AttachmentView(long id, long meetingId, String fileName, String mediaType, int sizeBytes,
                             Instant uploadedAt) implements Serializable {
}

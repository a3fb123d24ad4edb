package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A version an author saved on purpose, numbered from 1 per document, with its optional note; {@code restoredFrom}
 * names the version it restored, if it did.
 */
public record VersionSummary(long documentId, int number, String note, Instant createdAt, String createdBy,
                             Integer restoredFrom)
        implements Serializable {

    /**
     * As a reader outside the document's municipalities has it: without who saved it, nor the version it restored,
     * which they cannot open.
     */
    public VersionSummary forOutsider() {
        return new VersionSummary(documentId, number, note, createdAt, null, null);
    }
}

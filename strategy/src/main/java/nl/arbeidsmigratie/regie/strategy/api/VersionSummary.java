package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A version an author saved on purpose, numbered from 1 per document, with its optional note; {@code restoredFrom}
 * names the version it restored, if it did; {@code submitted} says it was handed in for review (as the workflow's
 * history has it).
 */
public record VersionSummary(long documentId, int number, String note, Instant createdAt, String createdBy,
                             Integer restoredFrom, boolean submitted)
        implements Serializable {

    /**
     * As a reader outside the document's municipalities has it: without who saved it, nor the version it restored,
     * which they cannot open.
     */
    public VersionSummary forOutsider() {
        return new VersionSummary(documentId, number, note, createdAt, null, null, submitted);
    }

    /** As the workflow's history marks it: handed in for review, or not. */
    public VersionSummary submitted(boolean handedIn) {
        return new VersionSummary(documentId, number, note, createdAt, createdBy, restoredFrom, handedIn);
    }
}

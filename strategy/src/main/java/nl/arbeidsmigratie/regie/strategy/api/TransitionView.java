package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;

/** One step of a document's workflow: from and to which status, who took it and when, why, on which version. */
public record TransitionView(DocumentStatus from, DocumentStatus to, Instant at, String by, String comment,
                             Integer versionNumber) implements Serializable {

    /** The reviewer sent the document back to its authors, saying what to change (a recall says nothing). */
    public boolean sentBack() {
        return from == DocumentStatus.IN_REVIEW && to == DocumentStatus.DRAFT && comment != null;
    }
}

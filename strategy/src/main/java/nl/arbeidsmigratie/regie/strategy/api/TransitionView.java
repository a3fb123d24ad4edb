package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a document's history: a step of its workflow (from and to which status, who took it and when, why,
 * on which version), or another event of its story, which keeps its status: its creation (from no status to draft),
 * or a co-author added to or removed from a regional agreement ({@code coAuthor} names it).
 */
public record TransitionView(DocumentStatus from, DocumentStatus to, Instant at, String by, String comment,
                             Integer versionNumber, Event event, CoAuthor coAuthor) implements Serializable {

    /** What an entry of the history records. */
    public enum Event {
        CREATED,
        STEP,
        COAUTHOR_ADDED,
        COAUTHOR_REMOVED
    }

    /** A step of the workflow: the status changed. */
    public boolean step() {
        return event == Event.STEP;
    }

    /** The authors handed the document in for review. */
    public boolean submitted() {
        return step() && to == DocumentStatus.IN_REVIEW;
    }

    /** The reviewer sent the document back to its authors, saying what to change (a recall says nothing). */
    public boolean sentBack() {
        return step() && from == DocumentStatus.IN_REVIEW && to == DocumentStatus.DRAFT && comment != null;
    }
}

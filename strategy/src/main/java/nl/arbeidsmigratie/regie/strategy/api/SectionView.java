package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;

/**
 * One section of a document's working copy. {@code goal} is null for a section the authors added;
 * {@code fromEnrolment} marks what was pre-filled from the municipality's enrolment; {@code version} is what a
 * save names to prove it saw the latest text.
 */
public record SectionView(long id, int position, LearningGoal goal, String title, String guidance, String html,
                          boolean notApplicable, String notApplicableReason, boolean fromEnrolment,
                          Instant changedAt, String changedBy, long version, FrozenFigures figures)
        implements Serializable {

    /** As a reader outside the document's municipalities has it: who wrote it is the municipality's to know. */
    public SectionView withoutAuthor() {
        return new SectionView(id, position, goal, title, guidance, html, notApplicable, notApplicableReason,
                fromEnrolment, changedAt, null, version, figures);
    }
}

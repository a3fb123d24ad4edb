package nl.arbeidsmigratie.regie.registration.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;

/**
 * An enrolment as its municipality and the coordinator see it, with the contact persons beyond the first. {@code waitingPosition} is its place on the
 * waiting list counting from 1, or 0 when it is not waiting.
 */
public record EnrolmentView(long id, long editionId, String editionTitle, String municipalityCode,
                            String municipalityName, String contactName, String contactEmail,
                            PolicyPhase policyPhase, List<LearningGoal> learningGoals, String bottlenecks,
                            EnrolmentStatus status, int waitingPosition, Instant submittedAt, Instant decidedAt,
                            String declineReason, long version, List<EnrolmentContact> otherContacts)
        implements java.io.Serializable {

    /** By municipality, in a Dutch list's order, as a choice of municipalities lists them. */
    public static final Comparator<EnrolmentView> BY_MUNICIPALITY =
            Comparator.comparing(EnrolmentView::municipalityName, DutchNames.ORDER);

    public EnrolmentView {
        learningGoals = List.copyOf(learningGoals);
        otherContacts = otherContacts == null ? List.of() : List.copyOf(otherContacts);
    }
}

package nl.arbeidsmigratie.regie.registration.api;

import java.util.List;
import java.util.Set;

/**
 * A municipality's enrolment for an edition. {@code bottlenecks} are the municipality's own knelpunten, which
 * it commits to bring in ({@code committed}): the circle is free, but not without obligation. Beside the first
 * contact person a municipality may name {@code otherContacts}, who hear of the enrolment too.
 */
public record EnrolmentRequest(long editionId, String municipalityCode, String contactName, String contactEmail,
                               PolicyPhase policyPhase, Set<LearningGoal> learningGoals, String bottlenecks,
                               boolean committed, List<EnrolmentContact> otherContacts) implements java.io.Serializable {

    public EnrolmentRequest {
        learningGoals = learningGoals == null ? Set.of() : Set.copyOf(learningGoals);
        otherContacts = otherContacts == null ? List.of() : List.copyOf(otherContacts);
    }

    /** An enrolment with one contact person. */
    public EnrolmentRequest(long editionId, String municipalityCode, String contactName, String contactEmail,
                            PolicyPhase policyPhase, Set<LearningGoal> learningGoals, String bottlenecks,
                            boolean committed) {
        this(editionId, municipalityCode, contactName, contactEmail, policyPhase, learningGoals, bottlenecks,
                committed, List.of());
    }
}

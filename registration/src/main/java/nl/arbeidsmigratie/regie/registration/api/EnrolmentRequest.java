package nl.arbeidsmigratie.regie.registration.api;

import java.util.Set;

/**
 * A municipality's enrolment for an edition. {@code bottlenecks} are the municipality's own knelpunten, which
 * it commits to bring in ({@code committed}): the circle is free, but not without obligation.
 */
public record EnrolmentRequest(long editionId, String municipalityCode, String contactName, String contactEmail,
                               PolicyPhase policyPhase, Set<LearningGoal> learningGoals, String bottlenecks,
                               boolean committed) implements java.io.Serializable {

    public EnrolmentRequest {
        learningGoals = learningGoals == null ? Set.of() : Set.copyOf(learningGoals);
    }
}

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * One line of the province overview: an enrolled municipality, or one with a document, or a region's agreement
 * ({@code municipalityCode} null), with its latest document that was not withdrawn ({@code documentId} null when
 * it has none): status, completeness per learning goal, open review threads, last activity, policy fields, and for a
 * revision the adopted document it revises.
 */
public record OverviewRow(String municipalityCode, String name, String region, boolean enrolled, Long documentId,
                          String title, DocumentStatus status, Map<LearningGoal, Completeness> completeness,
                          int openComments, Instant lastActivity, Set<PolicyField> policyFields,
                          RevisedDocument revises)
        implements Serializable {

    public OverviewRow {
        completeness = Map.copyOf(completeness);
        policyFields = Set.copyOf(policyFields);
    }
}

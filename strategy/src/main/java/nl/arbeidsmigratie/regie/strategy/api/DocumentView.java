package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * A document as the caller may see it. {@code contentVisible} is false for an auditor looking at a document that
 * was never adopted: its details and history, not its text ({@code sections} is then empty). {@code editable}
 * says whether the caller may change the working copy now. {@code latestVersion} is 0 before the first saved
 * version. {@code revisionOf} is the number of the adopted document a revision started from, {@code revises} names
 * it (both null for any other document).
 */
public record DocumentView(long id, DocumentKind kind, String title, DocumentStatus status, String municipalityCode,
                           String municipalityName, String region, List<CoAuthor> coAuthors,
                           Set<PolicyField> policyFields, String reviewerEmail, Adoption adoption,
                           int templateVersion, Long revisionOf, Instant createdAt, String createdBy,
                           Instant lastActivityAt, int latestVersion, boolean contentVisible, boolean editable,
                           List<SectionView> sections, long version, RevisedDocument revises)
        implements Serializable {

    public DocumentView {
        coAuthors = List.copyOf(coAuthors);
        policyFields = Set.copyOf(policyFields);
        sections = List.copyOf(sections);
    }

    /** Who the document belongs to, for lists: the municipality's name or the region's. */
    public String owner() {
        return region != null ? region : municipalityName;
    }
}

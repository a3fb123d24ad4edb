package nl.arbeidsmigratie.regie.strategy.api;

/** Where a document stands: concept, in review, vastgesteld, or withdrawn. Only a draft is edited. */
public enum DocumentStatus {
    DRAFT,
    IN_REVIEW,
    ADOPTED,
    WITHDRAWN
}

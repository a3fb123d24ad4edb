package nl.arbeidsmigratie.regie.registration.api;

/** A newsletter issue is edited as a draft, then sent in batches, then done. */
public enum IssueStatus {
    DRAFT,
    SENDING,
    SENT
}

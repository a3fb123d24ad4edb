package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * What the authors change about a document as a whole, based on the document version they saw; a
 * {@code reviewerEmail} must name an active coordinator (blank for none yet).
 */
public record DocumentDetails(String title, Set<PolicyField> policyFields, String reviewerEmail, long version)
        implements Serializable {

    public DocumentDetails {
        policyFields = policyFields == null ? Set.of() : Set.copyOf(policyFields);
    }
}

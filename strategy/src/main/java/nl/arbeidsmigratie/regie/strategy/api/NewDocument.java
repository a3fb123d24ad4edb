package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * A document to start: a municipality's own ({@code municipalityCode}), or a regional agreement of
 * {@code region}, whose member municipalities become its co-authors.
 */
public record NewDocument(DocumentKind kind, String title, String municipalityCode, String region,
                          Set<PolicyField> policyFields) implements Serializable {

    public NewDocument {
        policyFields = policyFields == null ? Set.of() : Set.copyOf(policyFields);
        municipalityCode = MunicipalityCodes.normalised(municipalityCode);
    }
}

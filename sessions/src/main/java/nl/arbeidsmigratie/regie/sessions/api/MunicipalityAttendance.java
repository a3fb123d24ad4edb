package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * One municipality's attendance across a series: the ids of the meetings at which someone of it was present, the
 * policy fields of the people present, and whether all four fields took part (the circle asks for them all).
 */
public record MunicipalityAttendance(String municipalityCode, String municipalityName, List<Long> meetingsAttended,
                                     int peoplePresent, Set<PolicyField> policyFieldsPresent)
        implements Serializable {

    public MunicipalityAttendance {
        meetingsAttended = List.copyOf(meetingsAttended);
        policyFieldsPresent = Set.copyOf(policyFieldsPresent);
    }

    public boolean allPolicyFields() {
        return policyFieldsPresent.size() == PolicyField.values().length;
    }
}

package nl.arbeidsmigratie.regie.registration.control;

import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.ContactView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * How much of a municipality's contact persons a reader sees. Officers see their own municipality's contacts in
 * full and other municipalities' contacts by name and policy field only (no function, email or phone), so the
 * register cannot be harvested for addresses; coordinators and auditors see everything. Every read of the
 * register in {@code MunicipalityDirectory} (find, search, export) passes through here.
 */
public final class ContactScope {

    private ContactScope() {
    }

    public static MunicipalityView seenBy(AccountView reader, MunicipalityView municipality) {
        return seenBy(reader.role(), reader.municipalityCode(), municipality);
    }

    public static List<MunicipalityView> seenBy(AccountView reader, List<MunicipalityView> municipalities) {
        return municipalities.stream().map(m -> seenBy(reader, m)).toList();
    }

    private static MunicipalityView seenBy(Role role, String ownCode, MunicipalityView municipality) {
        if (role != Role.OFFICER || municipality.code().equals(ownCode) || municipality.contacts().isEmpty()) {
            return municipality;
        }
        List<ContactView> reduced = municipality.contacts().stream()
                .map(c -> new ContactView(c.id(), c.name(), null, c.policyField(), null, null, c.version()))
                .toList();
        return new MunicipalityView(municipality.code(), municipality.name(), municipality.province(),
                municipality.region(), municipality.active(), municipality.successorCode(),
                municipality.successorName(), municipality.inactiveSince(), reduced, municipality.version());
    }
}

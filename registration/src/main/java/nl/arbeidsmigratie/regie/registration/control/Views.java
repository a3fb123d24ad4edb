package nl.arbeidsmigratie.regie.registration.control;

import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.AccountStatus;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.ContactView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.Contact;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;

/** Turns entities into the records that leave the module. */
public final class Views {

    private Views() {
    }

    public static MunicipalityView of(Municipality m) {
        return of(m, m.contacts());
    }

    /** With contacts loaded separately, so a page of municipalities costs one query for all their contacts. */
    public static MunicipalityView of(Municipality m, List<Contact> contacts) {
        Municipality successor = m.successor();
        return new MunicipalityView(m.code(), m.name(), m.province(),
                m.region() == null ? null : m.region().name(), m.active(),
                successor == null ? null : successor.code(), successor == null ? null : successor.name(),
                m.inactiveSince(), contacts.stream().map(Views::of).toList(), m.version());
    }

    public static ContactView of(Contact c) {
        return new ContactView(c.id(), c.name(), c.function(), c.policyField(), c.email(), c.phone(), c.version());
    }

    public static AccountView of(Account a) {
        Municipality m = a.municipality();
        return new AccountView(a.id(), a.email(), a.displayName(), a.role(),
                m == null ? null : m.code(), m == null ? null : m.name(), a.preferredLanguage(), status(a),
                a.version());
    }

    private static AccountStatus status(Account a) {
        if (!a.active()) {
            return AccountStatus.DEACTIVATED;
        }
        return a.awaitingActivation() ? AccountStatus.PENDING_ACTIVATION : AccountStatus.ACTIVE;
    }
}

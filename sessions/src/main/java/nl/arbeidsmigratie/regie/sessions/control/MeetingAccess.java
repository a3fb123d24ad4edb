package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * Who may do what with the circle's meetings. Coordinators manage everything; officers read the meetings, answer
 * polls and register people of their own municipality only; auditors read. A deactivated account is no caller at
 * all. Guests are no accounts: they act only through the personal link of their one poll, checked where it is used.
 */
@Dependent
public class MeetingAccess {

    @Inject
    Accounts accounts;

    public AccountView caller() {
        return accounts.require();
    }

    /** The caller's active account, if any: empty for anonymous callers and deactivated accounts. */
    public Optional<AccountView> current() {
        return accounts.current();
    }

    public AccountView coordinator() {
        return accounts.require(Role.COORDINATOR);
    }

    /** Coordinators for any municipality, officers for their own; auditors only read. */
    public AccountView actingFor(String municipalityCode) {
        AccountView account = caller();
        if (account.role() == Role.AUDITOR) {
            throw new AccessRefusedException("auditors read, they do not act");
        }
        if (account.role() == Role.OFFICER && !account.municipalityCode().equals(municipalityCode)) {
            throw new AccessRefusedException("an officer acts only for their own municipality");
        }
        return account;
    }

    /** Whether the caller sees the people of {@code municipalityCode}: all for coordinators and auditors. */
    public static boolean seesPeopleOf(AccountView account, String municipalityCode) {
        return account.role() != Role.OFFICER || account.municipalityCode().equals(municipalityCode);
    }
}

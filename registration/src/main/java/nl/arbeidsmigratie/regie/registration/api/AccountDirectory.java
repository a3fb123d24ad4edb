package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/**
 * The people other modules address or check by role: a municipality's officers and the coordinators, active
 * accounts only, so a deactivated account is never mailed nor chosen. Anyone signed in may ask: a document's
 * authors and reviewers must know whom they work with. The full account list stays with
 * {@link AccountAdministration}.
 */
@Stateless
public class AccountDirectory {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    /** The active officers of one municipality, by name. */
    public List<AccountView> officersOf(@NotNull String municipalityCode) {
        currentAccount.requireView();
        return em.createNamedQuery(Account.ACTIVE_OFFICERS_OF, Account.class)
                .setParameter("code", municipalityCode.strip())
                .getResultStream().map(Views::of).toList();
    }

    /** The active coordinators, oldest account first. */
    public List<AccountView> activeCoordinators() {
        currentAccount.requireView();
        return em.createNamedQuery(Account.ACTIVE_WITH_ROLE, Account.class)
                .setParameter("role", Role.COORDINATOR)
                .getResultStream().map(Views::of).toList();
    }

    /**
     * Every account's name by its address in lower case, deactivated ones too: pages name the people who wrote or
     * recorded something, also after they left.
     */
    public Map<String, String> names() {
        currentAccount.requireView();
        return em.createQuery("select a.email, a.displayName from Account a", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> ((String) row[0]).toLowerCase(Locale.ROOT), row -> (String) row[1],
                        (first, second) -> first));
    }

    /** The active account with this address, if any. */
    public Optional<AccountView> active(@NotNull String email) {
        currentAccount.requireView();
        return currentAccount.byEmail(email).filter(Account::active).map(Views::of);
    }
}

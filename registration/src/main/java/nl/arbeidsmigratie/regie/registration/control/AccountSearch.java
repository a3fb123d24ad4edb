package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.SearchText;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/** Queries over accounts: the coordinators' list, and who else can still administer. */
@Dependent
public class AccountSearch {

    private static final String ALL = "from Account a left join a.municipality m";
    private static final String MATCHING = ALL + " where " + SearchText.folded("a.email") + " like :text escape '\\' or "
            + SearchText.folded("a.displayName") + " like :text escape '\\' or " + SearchText.folded("m.name")
            + " like :text escape '\\'";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /** Accounts whose email, name or municipality contains {@code text} (any when blank), by name. */
    public Page<AccountView> search(String text, int offset, int limit) {
        String pattern = SearchText.containing(text).orElse(null);
        String from = pattern == null ? ALL : MATCHING;
        TypedQuery<Long> count = em.createQuery("select count(a) " + from, Long.class);
        TypedQuery<Account> select = em.createQuery("select a " + from + " order by lower(a.displayName), a.id",
                Account.class);
        if (pattern != null) {
            count.setParameter("text", pattern);
            select.setParameter("text", pattern);
        }
        long total = count.getSingleResult();
        List<AccountView> items = select
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(Views::of)
                .toList();
        return new Page<>(items, total, offset, limit);
    }

    /**
     * Whether a coordinator other than {@code leaving} can still sign in. Locks the active coordinators until
     * the transaction ends, so two coordinators deactivating each other at once cannot both succeed.
     */
    public boolean anotherCoordinatorRemains(Account leaving) {
        return em.createNamedQuery(Account.ACTIVE_WITH_ROLE, Account.class)
                .setParameter("role", Role.COORDINATOR)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .anyMatch(other -> !other.id().equals(leaving.id()) && other.maySignIn());
    }
}

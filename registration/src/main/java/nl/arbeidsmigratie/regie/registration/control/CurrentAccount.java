package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.platform.api.CallerIdentity;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/**
 * The active account behind the current caller. Facades ask it before acting, so rules hold for every page
 * and endpoint alike, not only where the UI hides a button. Work the application does by itself with no person
 * behind it ({@link ActingAs#SYSTEM}) has the rights of the oldest active coordinator, so such work needs no
 * configured account.
 */
@Dependent
public class CurrentAccount {

    @Inject
    CallerIdentity caller;

    @Inject
    RequestCaller requestCaller;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /**
     * The caller's active account as a view, for checks that only read it: read once per request
     * ({@link RequestCaller}); empty for anonymous callers.
     */
    public Optional<AccountView> view() {
        String key = ActingAs.bySystem() ? "\u0000system" : caller.name().orElse("");
        return requestCaller.account(key, () -> find().map(Views::of));
    }

    /**
     * What {@link #view()} answers in this request for the person {@code account} signed in as, read already, and
     * the credentials generation the request's page session was let in under.
     */
    public void known(Account account) {
        requestCaller.account(account.email(), () -> Optional.of(Views.of(account)));
        requestCaller.admit(account.email(), account.credentialsGeneration());
    }

    /** {@link #view()}, refusing anonymous callers. */
    public AccountView requireView() {
        return view().orElseThrow(() -> new AccessRefusedException("sign in first"));
    }

    /**
     * {@link #requireView()}, refusing callers with none of the roles {@code allowed}: the check of a facade that
     * does not change the account, so the page's other facades ask the same read.
     */
    public AccountView check(Role... allowed) {
        AccountView account = requireView();
        refuseUnless(account.role(), allowed);
        return account;
    }

    /** The caller's active account; for work done {@link ActingAs#bySystem by the system}, the oldest coordinator's. */
    public Optional<Account> find() {
        requestCaller.forget();
        if (ActingAs.bySystem()) {
            return em.createNamedQuery(Account.ACTIVE_WITH_ROLE, Account.class).setParameter("role", Role.COORDINATOR)
                    .setMaxResults(1).getResultStream().findFirst();
        }
        return caller.name().flatMap(this::byEmail).filter(Account::active);
    }

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email.strip())
                .getResultStream()
                .findFirst();
    }

    public Account require() {
        return find().orElseThrow(() -> new AccessRefusedException("sign in first"));
    }

    /**
     * {@link #require()}, with the account's row locked to the end of the transaction and read again under the
     * lock: for what a new password or a deactivation must take away (API tokens). A request let in under
     * credentials the account no longer has (its password changed while the request ran) is refused, so nothing it
     * creates outlives the change that was meant to end it.
     */
    public Account requireLocked() {
        Account account = require();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        boolean superseded = requestCaller.admitted(account.email()).stream()
                .anyMatch(credentials -> credentials != account.credentialsGeneration());
        if (!account.active() || superseded) {
            throw new AccessRefusedException("the account's credentials changed while this request ran");
        }
        return account;
    }

    public Account require(Role... allowed) {
        Account account = require();
        refuseUnless(account.role(), allowed);
        return account;
    }

    private static void refuseUnless(Role role, Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(allowedRole -> allowedRole == role)) {
            throw new AccessRefusedException(role + " may not do this; allowed: " + Arrays.toString(allowed));
        }
    }
}

package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * The caller's account as read once per request, for checks that only read it: one page view asks who is calling
 * in the page frame and in every facade it calls, and each of those lookups was a statement. A request that acts
 * as someone else (signing in, work done by the system) reads again; fetching the account itself, as a change to it
 * does, forgets what was read, so nothing after a change sees the account as it was.
 */
@RequestScoped
public class RequestCaller {

    private String caller;
    private Optional<AccountView> account;

    /** The account of {@code caller} (a key naming who calls), read by {@code lookup} once per request. */
    public Optional<AccountView> account(String caller, Supplier<Optional<AccountView>> lookup) {
        if (account == null || !caller.equals(this.caller)) {
            account = lookup.get();
            this.caller = caller;
        }
        return account;
    }

    public void forget() {
        account = null;
    }
}

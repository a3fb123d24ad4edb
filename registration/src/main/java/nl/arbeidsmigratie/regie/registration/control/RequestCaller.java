package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * The caller's account as read once per request, for checks that only read it: one page view asks who is calling
 * in the page frame and in every facade it calls, and each of those lookups was a statement. A request that acts
 * as someone else (signing in, work done by the system) reads again; fetching the account itself, as a change to it
 * does, forgets what was read, so nothing after a change sees the account as it was. The credentials generation a
 * page session was let in under is kept apart and not forgotten: it is what the request was allowed to do as.
 */
@RequestScoped
public class RequestCaller {

    private String caller;
    private Optional<AccountView> account;
    private String admittedCaller;
    private long admittedCredentials;

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

    /** This request's page session was let in as {@code caller} under credentials generation {@code credentials}. */
    public void admit(String caller, long credentials) {
        admittedCaller = caller;
        admittedCredentials = credentials;
    }

    /** The credentials generation this request was let in under as {@code caller}; empty if not let in so. */
    public OptionalLong admitted(String caller) {
        return caller.equals(admittedCaller) ? OptionalLong.of(admittedCredentials) : OptionalLong.empty();
    }
}

package nl.arbeidsmigratie.regie.registration.api;

import java.time.Duration;

/**
 * The answer to a login attempt. A wrong password, an unknown account and a locked account are the same
 * {@code REFUSED}, so the answer never tells whether an address has an account or whether it is locked.
 * {@code THROTTLED} says that too many attempts came from the same client and how long until the next one is
 * looked at; it says nothing about the account either.
 */
public record LoginResult(Outcome outcome, AccountView account, Duration retryAfter, long credentials, String device) {

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        THROTTLED
    }

    /**
     * {@code credentials}: the account's credentials generation at sign-in; a session keeps it and ends once
     * {@link Accounts#credentialsCurrent} says it moved on.
     */
    public static LoginResult signedIn(AccountView account, long credentials) {
        return new LoginResult(Outcome.SIGNED_IN, account, null, credentials, null);
    }

    public static LoginResult refused() {
        return new LoginResult(Outcome.REFUSED, null, null, 0, null);
    }

    public static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(Outcome.THROTTLED, null, retryAfter, 0, null);
    }

    /**
     * This sign-in with {@code device}: the token of the browser it came from, for its cookie, by which a later
     * sign-in there is known as coming from a browser this account used before.
     */
    public LoginResult withDevice(String device) {
        return new LoginResult(outcome, account, retryAfter, credentials, device);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}

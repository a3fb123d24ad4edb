package nl.arbeidsmigratie.regie.registration.api;

import java.time.Instant;

/**
 * The answer to a login attempt. A wrong password and an unknown account are the same {@code REFUSED}, so the
 * answer never tells whether an address has an account.
 */
public record LoginResult(Outcome outcome, AccountView account, Instant lockedUntil) {

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    public static LoginResult signedIn(AccountView account) {
        return new LoginResult(Outcome.SIGNED_IN, account, null);
    }

    public static LoginResult refused() {
        return new LoginResult(Outcome.REFUSED, null, null);
    }

    public static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, until);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}

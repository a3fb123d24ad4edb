package nl.arbeidsmigratie.regie.registration.api;

/**
 * The answer to a login attempt. A wrong password, an unknown account and a locked account are the same
 * {@code REFUSED}, so the answer never tells whether an address has an account or whether it is locked.
 */
public record LoginResult(Outcome outcome, AccountView account) {

    public enum Outcome {
        SIGNED_IN,
        REFUSED
    }

    public static LoginResult signedIn(AccountView account) {
        return new LoginResult(Outcome.SIGNED_IN, account);
    }

    public static LoginResult refused() {
        return new LoginResult(Outcome.REFUSED, null);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}

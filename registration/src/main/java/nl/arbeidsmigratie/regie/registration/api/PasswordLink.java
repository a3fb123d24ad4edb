package nl.arbeidsmigratie.regie.registration.api;

/**
 * The two single-use links in mails through which someone chooses a password: {@code ACTIVATION} for a new
 * account (valid 72 hours), {@code PASSWORD_RESET} after "forgot password" (valid one hour).
 */
public enum PasswordLink {
    ACTIVATION,
    PASSWORD_RESET
}

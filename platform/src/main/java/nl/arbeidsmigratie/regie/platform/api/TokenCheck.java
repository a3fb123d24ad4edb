package nl.arbeidsmigratie.regie.platform.api;

/** The outcome of redeeming a single-use token; {@code subject} is set only when it was valid. */
public record TokenCheck(Outcome outcome, String subject) {

    public enum Outcome {
        VALID,
        UNKNOWN,
        EXPIRED,
        USED,
        /** Withdrawn before it was used, e.g. because the password it would reset was changed meanwhile. */
        REVOKED
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}

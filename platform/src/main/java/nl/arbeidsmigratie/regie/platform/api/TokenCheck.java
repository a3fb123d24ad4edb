package nl.arbeidsmigratie.regie.platform.api;

/** The outcome of redeeming a single-use token; {@code subject} is set only when it was valid. */
public record TokenCheck(Outcome outcome, String subject) {

    public enum Outcome {
        VALID,
        UNKNOWN,
        EXPIRED,
        USED
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}

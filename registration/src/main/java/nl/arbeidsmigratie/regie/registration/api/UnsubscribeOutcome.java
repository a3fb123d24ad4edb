package nl.arbeidsmigratie.regie.registration.api;

/** The answer to the unsubscribe link; an unknown (altered) link changes nothing. */
public enum UnsubscribeOutcome {
    UNSUBSCRIBED,
    ALREADY_UNSUBSCRIBED,
    UNKNOWN
}

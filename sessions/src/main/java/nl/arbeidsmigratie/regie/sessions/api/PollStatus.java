package nl.arbeidsmigratie.regie.sessions.api;

/**
 * A poll takes answers while open (until its deadline); fixing a slot closes it, and so does its meeting being dated
 * otherwise, held or cancelled (then without a fixed slot).
 */
public enum PollStatus {
    OPEN,
    CLOSED
}

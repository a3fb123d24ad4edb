package nl.arbeidsmigratie.regie.sessions.api;

/** A poll takes answers while open (until its deadline); fixing a slot closes it. */
public enum PollStatus {
    OPEN,
    CLOSED
}

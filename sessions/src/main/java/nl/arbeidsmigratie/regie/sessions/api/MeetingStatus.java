package nl.arbeidsmigratie.regie.sessions.api;

/**
 * Where a meeting stands. {@link #PROVISIONAL} is "onder voorbehoud": dated, but it may not take place as planned,
 * and it is shown as such everywhere, calendars included.
 */
public enum MeetingStatus {
    DRAFT,
    PROVISIONAL,
    CONFIRMED,
    MOVED_ONLINE,
    HELD,
    CANCELLED;

    /** Whether people may still register for it and it may still be changed. */
    public boolean open() {
        return this != HELD && this != CANCELLED;
    }
}

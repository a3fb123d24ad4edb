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

    /** Whether it may still be changed: neither held nor cancelled. */
    public boolean open() {
        return this != HELD && this != CANCELLED;
    }

    /** Whether the circle has been told it takes place: provisional, confirmed or moved online. */
    public boolean announced() {
        return this == PROVISIONAL || this == CONFIRMED || this == MOVED_ONLINE;
    }
}

package nl.arbeidsmigratie.regie.sessions.api;

/** Where a meeting takes place: at a venue, online through a link, or both. */
public enum MeetingFormat {
    ON_LOCATION,
    ONLINE,
    HYBRID;

    public boolean needsVenue() {
        return this != ONLINE;
    }

    public boolean needsLink() {
        return this != ON_LOCATION;
    }
}

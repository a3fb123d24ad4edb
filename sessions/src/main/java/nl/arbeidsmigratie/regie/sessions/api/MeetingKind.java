package nl.arbeidsmigratie.regie.sessions.api;

/** A meeting of the circle itself (numbered, four by default) or an information session outside them. */
public enum MeetingKind {
    CIRCLE,
    INFORMATION
}

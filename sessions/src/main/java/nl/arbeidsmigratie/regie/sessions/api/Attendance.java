package nl.arbeidsmigratie.regie.sessions.api;

/** Whether a registered person attended a meeting. */
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}

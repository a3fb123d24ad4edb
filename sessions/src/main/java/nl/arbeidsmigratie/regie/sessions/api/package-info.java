/**
 * What the web and other modules may use of sessions: its facades and the records they take and return. The
 * facades are the transaction and access boundary (coordinators plan, officers act for their own municipality,
 * auditors read), so every page and endpoint built on them obeys the same rules.
 * <ul>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning}: series, meetings, status, moving online,
 * theme suggestions.</li>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations}: registration per meeting with capacity,
 * limit per municipality and waiting list; the participant list and its CSV.</li>
 * </ul>
 * Times are Dutch local time ({@code Europe/Amsterdam}) in and out; moments of record are {@code Instant}s.
 */
package nl.arbeidsmigratie.regie.sessions.api;

/**
 * What the web and other modules may use of sessions: its facades and the records they take and return. The
 * facades are the transaction and access boundary (coordinators plan, officers act for their own municipality,
 * auditors read), so every page and endpoint built on them obeys the same rules.
 * <ul>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning}: series, meetings, status, moving online,
 * theme suggestions.</li>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.MeetingRegistrations}: registration per meeting with capacity,
 * limit per municipality and waiting list; the participant list and its CSV.</li>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.DatePolls}: date polls answered signed in or through a personal
 * link, ranked results, fixing a slot.</li>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars}: iCalendar per meeting and secret, revocable
 * feeds per person.</li>
 * <li>{@link nl.arbeidsmigratie.regie.sessions.api.MeetingRecords}: attendance, minutes, attachments, follow-up
 * actions and a newsletter draft from the minutes.</li>
 * </ul>
 * Refusals are {@code AccessRefusedException} (not allowed) or {@code InvalidInputException} with a message key
 * under {@code error.sessions.*} (what to correct); a record another municipality's officer may not see answers
 * like a missing one.
 * Times are Dutch local time ({@code Europe/Amsterdam}) in and out; moments of record are {@code Instant}s.
 */
package nl.arbeidsmigratie.regie.sessions.api;

/**
 * Sessions' rules and queries behind the facades: who may do what ({@link MeetingAccess}), finding and locking
 * meetings and turning them into views ({@link MeetingBook}), places and the waiting list ({@link MeetingPlaces}),
 * the mails that follow a change ({@link MeetingMails}), polls and their personal links ({@link Polls},
 * {@link LinkSecrets}), calendars ({@link CalendarWriter}), attachment types ({@link AttachmentTypes}) and following
 * registration's enrolments ({@link Participation}). No transaction annotations: the facades own them.
 */
package nl.arbeidsmigratie.regie.sessions.control;

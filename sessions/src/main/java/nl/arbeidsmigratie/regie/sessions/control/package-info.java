/**
 * Sessions' rules and queries behind the facades: who may do what ({@link MeetingAccess}), finding and locking
 * meetings and turning them into views ({@link MeetingBook}), places and the waiting list ({@link MeetingPlaces}),
 * and the mails that follow a change ({@link MeetingMails}). No transaction annotations: the facades own them.
 */
package nl.arbeidsmigratie.regie.sessions.control;

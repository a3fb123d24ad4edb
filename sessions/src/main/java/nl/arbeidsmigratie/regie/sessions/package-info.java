/**
 * Sessions: the learning circle's meetings. A series of four per edition, the first provisional (onder
 * voorbehoud), the others dated in consultation through a date poll, online when needed; registration per meeting
 * with capacity and waiting list, attendance, minutes and calendar (iCal) invitations.
 *
 * <ul>
 * <li>Participants come from registration's enrolments, learned through its api
 * ({@code Enrolments.participantsOf}) and its past-tense events (EnrolmentConfirmed, EnrolmentWithdrawn), never
 * from its tables; a municipality is held by its CBS code, an edition by its id.</li>
 * <li>Domain types are named after meetings ({@code Meeting}, {@code MeetingSeries}, {@code DatePoll}), so nothing
 * reads like an HTTP session.</li>
 * <li>Places are counted under a lock of the meeting row, as registration counts an edition's places: concurrent
 * registrations never exceed the capacity.</li>
 * <li>Mail goes through platform's outbox in the recipient's language, in the transaction of the change.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.sessions;

/**
 * Sessions: the learning circle's meetings. A series of four, the first provisional (onder voorbehoud), the
 * others dated in consultation through a date poll, online when needed; registration and attendance of the
 * enrolled municipalities, minutes, and calendar (iCal) invitations.
 *
 * <ul>
 * <li>Participants come from registration's enrolments, learned through its api and its past-tense events
 * (EnrolmentConfirmed, EnrolmentWithdrawn), never from its tables.</li>
 * </ul>
 *
 * For now the module owns its schema and nothing else.
 */
package nl.arbeidsmigratie.regie.sessions;

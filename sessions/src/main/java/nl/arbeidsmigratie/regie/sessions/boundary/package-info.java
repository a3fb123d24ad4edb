/**
 * Sessions' entry points that are not published: its schema, the reactions to registration's enrolment events and
 * their reconciliation after startup, and the timer that sends the one reminder of a poll.
 */
package nl.arbeidsmigratie.regie.sessions.boundary;

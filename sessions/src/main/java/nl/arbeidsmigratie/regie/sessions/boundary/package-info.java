/**
 * Sessions' entry points that are not published: its schema, the reactions to registration's enrolment events and
 * their reconciliation after startup, the timer that sends the one reminder of a poll, and the names of its records
 * in the audit trail.
 */
package nl.arbeidsmigratie.regie.sessions.boundary;

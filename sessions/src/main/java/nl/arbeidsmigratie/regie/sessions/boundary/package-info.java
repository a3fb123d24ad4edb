/** Sessions' entry points that are not published: its schema, and what runs by itself (timers, observers). */
package nl.arbeidsmigratie.regie.sessions.boundary;

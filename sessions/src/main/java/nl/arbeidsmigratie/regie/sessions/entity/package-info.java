/**
 * Sessions' persistent state: series, meetings with their themes and agenda, registrations, date polls and
 * calendar feeds. Rules that concern one record alone (a meeting's format needs a venue or a link, an end after
 * its start) live in the entities, so no path around the facades can store a meeting that breaks them.
 */
package nl.arbeidsmigratie.regie.sessions.entity;

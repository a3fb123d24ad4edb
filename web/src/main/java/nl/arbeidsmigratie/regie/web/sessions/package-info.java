/**
 * Pages and REST resources of the learning circle's meetings (module sessions): series, date polls,
 * registration, attendance and calendars. Pages live under {@code /app/sessions/}.
 */
package nl.arbeidsmigratie.regie.web.sessions;

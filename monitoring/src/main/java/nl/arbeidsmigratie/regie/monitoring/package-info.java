/**
 * Monitoring: the picture of where labour migrants live, kept current by municipalities and reconstructable
 * by auditors. It will hold housing locations, occupancy reports per reference date (peildatum), municipal
 * counts that always carry source, method, definition and a range, dated norms (SNF, AKF), inspections and
 * signals, and the regional picture against fair-share agreements.
 *
 * <ul>
 * <li>History is append-only: a correction is a new version with its reference date and its recorded-at
 * time, so "as known on date X" is a plain query and nothing recorded is ever overwritten.</li>
 * <li>Counts, never people: no names, nationality, BSN or birth dates of migrants are stored, and exports
 * suppress small cells at identifiable locations.</li>
 * <li>Municipalities are held by CBS code from registration's api; no foreign key crosses the module border.</li>
 * </ul>
 *
 * For now the module owns its schema and nothing else.
 */
package nl.arbeidsmigratie.regie.monitoring;

/**
 * Monitoring's pages and REST resources: counts, housing locations and occupancy, norms, inspections and
 * signals, the worklist, the dashboard, and CSV import and export. Pages live under {@code /app/monitoring/}.
 *
 * <p>Most pages show one municipality "as known on" a moment; {@link MunicipalityPage} holds that choice once,
 * so each page only says what it loads.
 */
package nl.arbeidsmigratie.regie.web.monitoring;

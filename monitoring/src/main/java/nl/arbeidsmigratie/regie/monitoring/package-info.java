/**
 * Monitoring: the picture of where labour migrants live, kept current by municipalities and reconstructable
 * by auditors. It holds municipal counts that always carry source, method, definition and a range, and will
 * hold housing locations, occupancy reports per reference date (peildatum), dated norms (SNF, AKF),
 * inspections and signals, and the regional picture against fair-share agreements.
 *
 * <ul>
 * <li>History is append-only, enforced by the database: a correction or an error mark is a new row that
 * supersedes the previous one and carries a reason. Every row has the reference date it describes and the
 * moment it was recorded, so "as known on X" is one query: the rows recorded by X that nothing recorded by X
 * superseded. Only the latest version can be corrected, so the history never forks.</li>
 * <li>A count is never one number: registered (BRP, RNI), working and an estimated range are kept side by
 * side, and the registration rate is shown as a range, never as a single "true" figure. Stay-class thresholds
 * travel with each count because municipalities define them differently.</li>
 * <li>Counts, never people: no names, nationality, BSN or birth dates of migrants are stored.</li>
 * <li>Municipalities are held by CBS code; who may write is asked of registration's api (officers their own
 * municipality, coordinators any, auditors none). No foreign key crosses the module border.</li>
<li>CSV imports are all or nothing and idempotent: a first streaming pass checks every row with the same rules
and access checks as the forms, writing only a local file of the checked rows; a second pass streams that file by
COPY into a temporary staging table of one transaction, from which set-based SQL adds new rows and turns changed
figures into corrections ("import &lt;file name&gt;"), skipping identical ones. COPY plus set-based SQL instead of
JPA keeps a 100,000-row file near the speed of plain COPY, neither pass holds the file in memory, and a killed
connection leaves nothing. The SHA-256 of each imported file is logged, so the same file twice adds nothing. Import
files refer to locations by their BAG id, the one key that exists outside this product.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.monitoring;

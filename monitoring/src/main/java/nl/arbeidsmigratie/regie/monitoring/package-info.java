/**
 * Monitoring: the picture of where labour migrants live, kept current by municipalities and reconstructable
 * by auditors. It holds municipal counts that always carry source, method, definition and a range; housing
 * locations with their facilities, quality mark and permits; occupancy reports per reference date (peildatum);
 * dated norms (SNF, AKF) and the norm check; inspections and signals; and the regional picture against
 * fair-share agreements.
 *
 * <ul>
 * <li>History is append-only, enforced by the database: a correction or an error mark is a new row that
 * supersedes the previous one and carries a reason. Every row has the reference date it describes and the
 * moment it was recorded, so "as known on X" is one query: the rows recorded by X that nothing recorded by X
 * superseded. Only the latest version can be corrected, so the history never forks.</li>
 * <li>A location, signal or agreement keeps a lasting identity row and numbered versions: a change names the
 * version it was based on, and the unique (record, version) key turns two concurrent edits into a refusal instead
 * of a fork. Counts and occupancy reports have no identity row: each version names the one it supersedes. All five
 * histories share one base ({@code entity.AppendOnlyVersion}: who, when, why) and one control
 * ({@code control.VersionChains}) that knows both links and does the chain work once: latest, as known on a
 * moment, history, appending. Change logs list, per version, each field before and after.</li>
 * <li>A refused write is reported as what it is ({@code control.MonitoringConstraints}, one list of this module's
 * constraint names): only the keys on what a version builds on mean "changed meanwhile"; any other constraint is
 * bad input with its own message. A BAG id belongs to one live location: versions cannot carry that key, so a
 * claim table kept by a trigger on new versions does, for forms and imports alike.</li>
 * <li>Norm rule sets are dated and never edited: a check on a reference date takes the set valid on that date,
 * so a new norm never rewrites past checks. Locations without a quality mark are held to the SNF norms. A rule
 * the known facts cannot decide is "not assessed", never silently "met"; occupancy above capacity is stored
 * and reported as a violation, not refused.</li>
 * <li>A count is never one number: registered (BRP, RNI), working and an estimated range are kept side by
 * side, and the registration rate is shown as a range, never as a single "true" figure. Municipalities define stay
 * classes differently, so each sets its own thresholds (4 and 12 months until it does), append-only; a count
 * carries the thresholds it was recorded with, so a later change never rewrites what it meant.</li>
 * <li>Counts, never people: no names, nationality, BSN or birth dates of migrants are stored.</li>
 * <li>An inspection copies the norm check of its moment (rule set, occupancy, violated rules with measured value
 * and limit) instead of referring to it, so later norms or corrected occupancy never rewrite what was found.
 * A signal without a known location is kept on an address (a forgotten place) and linked to a location later,
 * as a new version. The worklist is one set-based SQL query over the latest versions, per municipality or
 * province-wide, with its periods in {@code monitoring.stale-after} and {@code monitoring.expiry-warning}.</li>
 * <li>The regional picture is computed: one native statement over the monitoring tables
 * ({@code control.RegionalFigures}) reads the latest estimate and every location active on the date with its latest
 * occupancy and the rule set valid then. As known on a past moment it reads the history and {@code NormChecker}
 * judges each location in memory, as the single-location check does. As known now it sums per municipality in the
 * database, so 342 rows cross instead of 50,000, and reads each location's verdict stored by the writes (V10): judged
 * in SQL by the rule set of its mark in force that day, again in the transaction that records a rule set and by a
 * timer at midnight. Where the picture's rule set for its date is another one, it judges that location itself with
 * the same SQL function, so a stale verdict costs time, never a total; comparing both paths (CurrentStateIT) compares
 * both checks, also on their rounding edges. As known now it reads the current
 * state (V8, {@code current_location}): per location its latest version and its latest valid occupancy report, one
 * row per location, kept by statement triggers on the history tables, so every writer (forms, REST, CSV
 * import, a bulk COPY) keeps it in the same transaction and nothing can add history without it. Only a location
 * whose current report lies after the chosen date asks the history for the one before. The trigger recomputes a
 * location's report from its history rather than comparing it with the new row (a correction or an error mark can
 * make an older report current again), after locking the location's row: a concurrent writer of the same location
 * waits and then reads the history with the first one's report committed. Beside it, per municipality, its totals
 * of today (V11, {@code municipality_totals}): a write only notes the municipalities it changed, which takes no lock
 * another writer waits for, and a timer ({@code MunicipalTotals}) sums the noted ones again within seconds, and all of
 * them after midnight, as totals depend on the date and the norms in force. A picture reads a municipality's totals
 * when they are for its date and nothing is noted for it, and sums any other municipality from the current state
 * itself: totals not yet summed cost time, never a wrong figure (see the README, "Benchmarks"). Region membership comes from registration's api
 * ({@code MunicipalityAreas}, one query). A whole dashboard view ({@code RegionalPicture.dashboard}) costs six
 * statements: the caller's role (for the small-number rule), the account and the areas in registration, the
 * aggregate, the region's agreements with their shares, and the realised places; those reads are plain JDBC so the
 * benchmark runs the very same code. Everyone signed in sees the picture: it holds aggregates only, never a
 * location; anyone but a coordinator gets a municipality's occupancy of 1 to 4 persons withheld, and every total
 * containing it.</li>
 * <li>A fair-share agreement (taakstelling) names shares for some municipalities of a region; the others share the
 * remainder of the total together (the Haaglanden 2013 model: 6,000 places, 2,000 Den Haag, 2,000 Westland, 2,000
 * "the others"), so an agreement stays valid when a municipality joins the region. Its terms are append-only
 * versions with a reason and an audit entry; realised is the beds in locations active on each anniversary.</li>
 * <li>Municipalities are held by CBS code; who may read and write is asked of registration's api (officers their
 * own municipality only, coordinators any, auditors read any and write none), in the facades, so every page and
 * endpoint gets the same answer. No foreign key crosses the module border.</li>
 * <li>CSV imports are all or nothing and idempotent: a first streaming pass checks every row with the same rules
 * and access checks as the forms, writing only a local file of the checked rows; a second pass streams that file by
 * COPY into a temporary staging table of one transaction, from which set-based SQL adds new rows and turns changed
 * figures into corrections ("import &lt;file name&gt;"), skipping identical ones. COPY plus set-based SQL instead of
 * JPA keeps a 100,000-row file near the speed of plain COPY, neither pass holds the file in memory, and a killed
 * connection leaves nothing. The SHA-256 of each imported file is logged, so the same file twice adds nothing. Import
 * files refer to locations by their BAG id, the one key that exists outside this product.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.monitoring;

/**
 * The technical kernel every business module stands on, free of business words.
 *
 * <ul>
 * <li>The one datasource is defined here, on {@link nl.arbeidsmigratie.regie.platform.boundary.SchemaMigrator},
 * because the WAR and every module's test deployment contain this jar: production and tests share one
 * definition instead of two that drift apart.</li>
 * <li>Flyway owns every schema. Each module publishes a {@link nl.arbeidsmigratie.regie.platform.api.ModuleSchema}
 * bean; the migrator runs the migrations of exactly the modules present in the deployment, each in its own
 * schema with its own history table, before any other startup bean touches the database.</li>
 * <li>The audit trail is a hash chain: every entry stores the SHA-256 of its predecessor, so altering or
 * deleting a row in SQL is detected by {@link nl.arbeidsmigratie.regie.platform.api.AuditTrail#verify()}.
 * Appends are serialised with a transaction-scoped advisory lock so two writers can never fork the chain.
 * A chain can still be cut short or recomputed by someone who owns the tables, so every append also seals the
 * head (count, last id, last hash) with an HMAC under a key from configuration, never from the database; and
 * with {@code DB_OWNER_USER} set the migrations run as that owner while the application's own user may only
 * read and append to the trail, so it cannot disable the triggers that refuse updates, deletes and TRUNCATE.</li>
 * <li>Who is calling is asked of {@link nl.arbeidsmigratie.regie.platform.api.CallerIdentity}, a port owned by
 * the facades: in production it reads Jakarta Security, in module tests a test double names the caller.</li>
 * <li>Rules every module shares live here once: the Dutch time zone ({@link nl.arbeidsmigratie.regie.platform.api.DutchTime};
 * the clock runs in UTC, the dates people see are Dutch), what counts as an email address
 * ({@link nl.arbeidsmigratie.regie.platform.api.EmailAddress}) and whether this instance is a demonstration
 * ({@link nl.arbeidsmigratie.regie.platform.api.DemoMode}), so two screens never disagree about any of them.</li>
 * <li>A write the database refuses is reported as what it is: {@link nl.arbeidsmigratie.regie.platform.api.ConstraintMeanings}
 * makes only an optimistic-lock failure or a module's declared version key a concurrent change, and every other
 * unique, check or foreign-key violation bad input with the module's message key for that constraint. Each
 * module names its constraints in one place, read by its facades.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.platform;

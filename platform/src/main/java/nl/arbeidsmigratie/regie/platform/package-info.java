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
 * Appends are serialised with a transaction-scoped advisory lock so two writers can never fork the chain.</li>
 * <li>Who is calling is asked of {@link nl.arbeidsmigratie.regie.platform.api.CallerIdentity}, a port owned by
 * the facades: in production it reads Jakarta Security, in module tests a test double names the caller.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.platform;

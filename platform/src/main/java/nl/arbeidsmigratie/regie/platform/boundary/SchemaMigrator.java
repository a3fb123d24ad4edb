package nl.arbeidsmigratie.regie.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings every module's schema up to date before anything else touches the database. Other startup beans
 * that need tables declare {@code @DependsOn("SchemaMigrator")}.
 *
 * <p>With {@code DB_OWNER_USER} set, the migrations run as that owner and the application's own user
 * ({@code DB_USER}) gets only what it needs: it reads and writes the modules' tables, may only read and append
 * to the audit trail, and owns nothing, so it cannot drop or disable the triggers that keep history append-only.
 */
@DataSourceDefinition(
        name = Datasource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url:jdbc:postgresql://localhost:5432/regie}",
        user = "${MPCONFIG=db.user:regie}",
        password = "${MPCONFIG=db.password:regie}",
        minPoolSize = 1,
        maxPoolSize = 30,
        properties = {
                // Validate before handing out a connection and drop the whole pool when one fails,
                // so the application recovers by itself after PostgreSQL restarts.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // One check per connection and second is enough for that: a page view takes its connection from the
                // pool once per facade call, and checking it each time was half of a page's statements.
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.connection-creation-retry-attempts=3",
                "fish.payara.connection-creation-retry-interval-in-seconds=2",
                "options=" + Datasource.SESSION_OPTIONS
        })
@Singleton
@Startup
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema> modules;

    @Inject
    @ConfigProperty(name = "db.url", defaultValue = "jdbc:postgresql://localhost:5432/regie")
    String url;

    @Inject
    @ConfigProperty(name = "db.user", defaultValue = "regie")
    String runtimeUser;

    @Inject
    @ConfigProperty(name = "db.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "db.owner.password")
    Optional<String> ownerPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrateAll() {
        DataSource owner = ownerUser.map(String::strip).filter(user -> !user.isEmpty() && !user.equals(runtimeUser))
                .map(this::ownerDataSource).orElse(dataSource);
        List<ModuleSchema> ordered = modules.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::schema))
                .toList();
        ordered.forEach(module -> migrateSchema(module, owner));
        if (owner != dataSource) {
            grantRuntimeRights(owner, ordered);
        }
    }

    private DataSource ownerDataSource(String user) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(user);
        owner.setPassword(ownerPassword.orElse(""));
        return owner;
    }

    /** Rights are granted anew at every start, so a table added by any migration is covered. */
    private void grantRuntimeRights(DataSource owner, List<ModuleSchema> schemas) {
        String runtime = quoted(runtimeUser);
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            for (ModuleSchema module : schemas) {
                String schema = quoted(module.schema());
                s.execute("grant usage on schema " + schema + " to " + runtime);
                s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + runtime);
                s.execute("grant usage, select on all sequences in schema " + schema + " to " + runtime);
                s.execute("revoke insert, update, delete, truncate on " + schema + ".flyway_schema_history from "
                        + runtime);
            }
            s.execute("revoke update, delete, truncate on platform.audit_entry from " + runtime);
            s.execute("revoke delete, truncate on platform.audit_anchor from " + runtime);
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the application's database user its rights", e);
        }
        LOG.info(() -> "Database user " + runtimeUser + " may use the modules' tables; migrations ran as "
                + ownerUser.orElseThrow());
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private void migrateSchema(ModuleSchema module, DataSource target) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(target)
                .schemas(module.schema())
                .defaultSchema(module.schema())
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations(module.migrationLocation())
                .javaMigrations(module.javaMigrations().toArray(JavaMigration[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Schema " + module.schema() + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + (result.targetSchemaVersion == null ? "empty" : result.targetSchemaVersion));
    }
}

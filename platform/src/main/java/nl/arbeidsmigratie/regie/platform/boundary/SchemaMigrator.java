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
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every module's schema up to date before anything else touches the database. Other startup beans
 * that need tables declare {@code @DependsOn("SchemaMigrator")}.
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
                "fish.payara.connection-creation-retry-attempts=3",
                "fish.payara.connection-creation-retry-interval-in-seconds=2"
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

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrateAll() {
        modules.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::schema))
                .forEach(this::migrateSchema);
    }

    private void migrateSchema(ModuleSchema module) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
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

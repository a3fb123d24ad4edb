package nl.arbeidsmigratie.regie.platform.api;

import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Published as a CDI bean by every module that owns tables: its schema, whose migrations live in
 * {@code db/migration/<schema>} and whose Flyway history is kept inside that schema.
 */
public abstract class ModuleSchema {

    private final String schema;
    private final int order;

    /** {@code order}: lower runs first, so a module migrates after the modules it depends on. */
    protected ModuleSchema(String schema, int order) {
        this.schema = Objects.requireNonNull(schema);
        this.order = order;
    }

    public String schema() {
        return schema;
    }

    public int order() {
        return order;
    }

    public String migrationLocation() {
        return "classpath:db/migration/" + schema;
    }

    /** Migrations that are code rather than SQL, such as loading reference data from a CSV file. */
    public List<JavaMigration> javaMigrations() {
        return List.of();
    }
}

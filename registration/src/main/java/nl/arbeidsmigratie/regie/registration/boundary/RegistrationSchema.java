package nl.arbeidsmigratie.regie.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;
import org.flywaydb.core.api.migration.JavaMigration;

@ApplicationScoped
public class RegistrationSchema extends ModuleSchema {

    public RegistrationSchema() {
        super("registration", 1);
    }

    @Override
    public List<JavaMigration> javaMigrations() {
        return List.of(new V2__Reference_municipalities());
    }
}

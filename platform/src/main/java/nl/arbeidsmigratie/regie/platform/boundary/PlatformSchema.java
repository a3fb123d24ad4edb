package nl.arbeidsmigratie.regie.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;

@ApplicationScoped
public class PlatformSchema extends ModuleSchema {

    public PlatformSchema() {
        super("platform", 0);
    }
}

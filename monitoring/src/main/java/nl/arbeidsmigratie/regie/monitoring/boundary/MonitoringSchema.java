package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;

@ApplicationScoped
public class MonitoringSchema extends ModuleSchema {

    public MonitoringSchema() {
        super("monitoring", 2);
    }
}

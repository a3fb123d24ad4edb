package nl.arbeidsmigratie.regie.strategy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;

@ApplicationScoped
public class StrategySchema extends ModuleSchema {

    public StrategySchema() {
        super("strategy", 2);
    }
}

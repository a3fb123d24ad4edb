package nl.arbeidsmigratie.regie.sessions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import nl.arbeidsmigratie.regie.platform.api.ModuleSchema;

@ApplicationScoped
public class SessionsSchema extends ModuleSchema {

    public SessionsSchema() {
        super("sessions", 2);
    }
}

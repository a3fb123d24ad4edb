package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.platform.api.CallerIdentity;

/** The caller as Jakarta Security authenticated it for the current request, or the account work is done as. */
@ApplicationScoped
public class SecurityContextCaller implements CallerIdentity {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<String> name() {
        Optional<String> acting = ActingAs.current();
        if (acting.isPresent()) {
            return acting;
        }
        return Optional.ofNullable(securityContext.getCallerPrincipal()).map(Principal::getName);
    }
}

package nl.arbeidsmigratie.regie.platform.api;

import java.util.Optional;

/** The authenticated name of whoever calls a facade, empty for anonymous callers. */
public interface CallerIdentity {

    Optional<String> name();
}

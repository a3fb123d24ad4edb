package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.TooManyRequestsException;
import nl.arbeidsmigratie.regie.registration.boundary.RequestThrottle;

/**
 * Refuses a request that goes over its per-client or per-address limit, with how long to wait. The counts are
 * committed on their own before the refusal rolls the caller's transaction back.
 */
@Dependent
public class Throttling {

    @Inject
    RequestThrottle throttle;

    /** Counts the request per client first, then per address; refuses at the first limit it goes over. */
    public void count(String perClient, String client, String perAddress, String address, Instant now) {
        Optional<java.time.Duration> wait = throttle.count(perClient, client, now);
        if (wait.isEmpty()) {
            wait = throttle.count(perAddress, address, now);
        }
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.get(), "too many requests; next one accepted in "
                    + TooManyRequestsException.minutes(wait.get()) + " minutes");
        }
    }
}

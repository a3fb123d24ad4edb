package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now", so time-dependent rules never call the system clock directly. It ticks in microseconds,
 * as precisely as PostgreSQL keeps a moment, so a record returned by a write carries the moment a later read gives.
 */
@ApplicationScoped
public class Clocks {

    private static final Duration DATABASE_PRECISION = Duration.ofNanos(1_000);

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), DATABASE_PRECISION);
    }
}

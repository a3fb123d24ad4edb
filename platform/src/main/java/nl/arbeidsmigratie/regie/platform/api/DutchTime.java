package nl.arbeidsmigratie.regie.platform.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The product's one time zone. Moments are stored in UTC, but the dates people enter and see (today, a reference
 * date, a closing date) are Dutch dates, so every conversion between the two goes through this zone.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** Today in the Netherlands; the injected clock runs in UTC, which is a day behind for an hour or two at night. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}

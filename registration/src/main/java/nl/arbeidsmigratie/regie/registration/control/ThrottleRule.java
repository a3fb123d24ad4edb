package nl.arbeidsmigratie.regie.registration.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How many requests of one kind one subject may make per period, written as in configuration:
 * {@code 20/PT15M} is twenty per fifteen minutes; {@code off} switches the rule off.
 */
public record ThrottleRule(String kind, int limit, Duration period) {

    public ThrottleRule {
        if (limit < 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a throttle needs a limit of 0 or more and a positive period");
        }
    }

    public static ThrottleRule parse(String kind, String setting) {
        String value = setting == null ? "" : setting.strip();
        if (value.equalsIgnoreCase("off")) {
            return new ThrottleRule(kind, Integer.MAX_VALUE, Duration.ofMinutes(1));
        }
        int slash = value.indexOf('/');
        try {
            return new ThrottleRule(kind, Integer.parseInt(value.substring(0, slash).strip()),
                    Duration.parse(value.substring(slash + 1).strip()));
        } catch (IndexOutOfBoundsException | NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("throttle " + kind + ": expected e.g. 20/PT15M or off, got " + setting, e);
        }
    }

    public boolean off() {
        return limit == Integer.MAX_VALUE;
    }
}

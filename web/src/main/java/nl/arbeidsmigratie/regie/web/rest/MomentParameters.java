package nl.arbeidsmigratie.regie.web.monitoring;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;

/**
 * Reads the dates and moments of query parameters, refusing what cannot be read with the parameter named, and
 * what lies outside the years 1 to 9999: ISO reads far more, the database keeps far less.
 */
final class MomentParameters {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private MomentParameters() {
    }

    /**
     * "As known on" a moment: an ISO instant ({@code 2026-03-01T09:30:00Z}), or a date meaning the end of that day
     * in the Netherlands; absent means now.
     */
    static Instant asKnownOn(String value) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            String given = value.strip();
            if (!given.contains("T")) {
                LocalDate date = LocalDate.parse(given);
                if (inRange(date)) {
                    return date.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant().minusNanos(1);
                }
            } else {
                // the years are those of the instant as written (UTC); its last hours fall in Dutch 10000, which
                // knows nothing the end of 9999 did not
                Instant moment = Instant.parse(given);
                if (inRange(LocalDate.ofInstant(moment, ZoneOffset.UTC))) {
                    Instant latest = LAST.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant().minusNanos(1);
                    return moment.isAfter(latest) ? latest : moment;
                }
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new BadParameterException("asKnownOn", "asKnownOn must be a date (2026-03-01) or an ISO instant"
                + " (2026-03-01T09:30:00Z) in the years 1 to 9999", "error.api.moment", "asKnownOn");
    }

    /** A reference date; absent means today. */
    static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(DutchTime.ZONE);
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (inRange(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new BadParameterException(parameter,
                parameter + " must be a date such as 2026-03-01 in the years 1 to 9999", "error.api.date", parameter);
    }

    private static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}

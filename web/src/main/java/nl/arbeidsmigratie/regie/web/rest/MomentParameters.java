package nl.arbeidsmigratie.regie.web.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;

/**
 * Reads the dates and moments of query parameters, refusing what cannot be read with the parameter named, and
 * what lies outside the years 1 to 9999: ISO reads far more, the database keeps far less.
 */
public final class MomentParameters {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private MomentParameters() {
    }

    /**
     * "As known on" a moment: an ISO instant, or a date meaning the end of that day in the Netherlands; absent means
     * now. An instant written to the second ({@code 2026-03-01T09:30:07Z}) means the end of that second, as on the
     * pages, so a change the pages show at 09:30:07 is known on it; one with a fraction is taken as written.
     */
    public static Instant asKnownOn(String value) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        Instant moment = moment("asKnownOn", value, 1);
        if (!value.contains("T")) {
            return moment.minusNanos(1);
        }
        return value.contains(".") || moment.getNano() != 0 ? moment : moment.plusSeconds(1).minusNanos(1);
    }

    /**
     * One end of a period, {@code parameter}: an ISO instant, or a date meaning the start of that day in the
     * Netherlands ({@code end} false) or the start of the next, so that the day is in the period (true); absent
     * means the period is open at that end (null).
     */
    public static Instant bound(String parameter, String value, boolean end) {
        return value == null || value.isBlank() ? null : moment(parameter, value, end ? 1 : 0);
    }

    /** An ISO instant as written, or the start of the Dutch day {@code days} after the date written. */
    private static Instant moment(String parameter, String value, int days) {
        try {
            String given = value.strip();
            if (!given.contains("T")) {
                LocalDate date = LocalDate.parse(given);
                if (inRange(date)) {
                    return date.plusDays(days).atStartOfDay(DutchTime.ZONE).toInstant();
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
        throw new BadParameterException(parameter, parameter + " must be a date (2026-03-01) or an ISO instant"
                + " (2026-03-01T09:30:00Z) in the years 1 to 9999", "error.api.moment", parameter);
    }

    /** A reference date; absent means today. */
    public static LocalDate date(String parameter, String value) {
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

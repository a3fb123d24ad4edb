package nl.arbeidsmigratie.regie.web.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;

/** Reads the dates and moments of query parameters, refusing what cannot be read with the parameter named. */
final class MomentParameters {


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
            return given.contains("T") ? Instant.parse(given)
                    : LocalDate.parse(given).plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant().minusNanos(1);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("asKnownOn",
                    "asKnownOn must be a date (2026-03-01) or an ISO instant (2026-03-01T09:30:00Z)");
        }
    }

    /** A reference date; absent means today. */
    static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(DutchTime.ZONE);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, parameter + " must be a date such as 2026-03-01");
        }
    }

    static String municipality(String value) {
        if (value == null || !value.matches("GM\\d{4}")) {
            throw new BadParameterException("municipality", "municipality must be a CBS code such as GM1783");
        }
        return value;
    }
}

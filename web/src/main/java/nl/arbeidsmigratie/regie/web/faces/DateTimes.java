package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Dates and moments as every page shows them: in Dutch as they are typed ({@link DutchDates}: {@code 01-12-2026},
 * moments in Dutch local time {@code 01-12-2026 14:30}), in English with the month's name ({@code 1 Dec 2026 14:30}),
 * as a day-month order in figures reads as month-day to many English readers:
 * {@code #{dateTimes.date(c.referenceDate)}}, {@code #{dateTimes.minutes(entry.occurredAt)}}; Faces 4.0's date
 * converter does not know {@link Instant}.
 */
@Named
@ApplicationScoped
public class DateTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * A picked "as known on" time, or none (the present) for one still to come, of which nothing is known yet: the
     * page says so rather than quietly showing the present.
     */
    public static LocalDateTime knownMoment(LocalDateTime picked) {
        if (picked != null && picked.isAfter(LocalDateTime.now(DutchTime.ZONE))) {
            if (!endOfToday(picked)) {
                Messages.addGlobalInfo("history.future");
            }
            return null;
        }
        return picked;
    }

    /** Whether {@code picked} is a moment still to come, of which nothing is known yet: today's date alone is now. */
    public static boolean stillToCome(LocalDateTime picked) {
        return picked != null && picked.isAfter(LocalDateTime.now(DutchTime.ZONE)) && !endOfToday(picked);
    }

    /** Today's date typed without a time, which the pickers end at their last second: as known now. */
    public static boolean endOfToday(LocalDateTime picked) {
        return picked != null && picked.toLocalDate().equals(LocalDate.now(DutchTime.ZONE))
                && picked.toLocalTime().equals(LocalTime.of(23, 59, 59));
    }

    /**
     * The moment a user means by a picked "as known on" time, which the pickers give to the second: the end of that
     * second, so a change shown at 10:15:07 is part of "as known on 10:15:07"; now when nothing was picked.
     */
    public static Instant asKnownOn(LocalDateTime picked) {
        return picked == null ? Instant.now()
                : picked.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).atZone(DutchTime.ZONE).toInstant()
                        .minusNanos(1);
    }

    public String date(LocalDate date) {
        return english() ? DutchDates.format(date, Locale.ENGLISH) : DutchDates.format(date);
    }

    public String minutes(Instant moment) {
        return String.join(" ", minutesParts(moment));
    }

    /**
     * {@link #minutes} as its date and its time, each to be kept whole ({@code r:moment}), so a narrow column breaks a
     * moment between the two rather than inside its date.
     */
    public List<String> minutesParts(Instant moment) {
        if (moment == null) {
            return List.of();
        }
        ZonedDateTime dutch = moment.atZone(DutchTime.ZONE);
        return List.of(date(dutch.toLocalDate()), TIME.format(dutch));
    }

    /** A moment picked on a page, Dutch local time to the second, as {@link #seconds} writes one. */
    public String picked(LocalDateTime moment) {
        return DutchDates.seconds(moment, language());
    }

    public String seconds(Instant moment) {
        return moment == null ? "" : DutchDates.seconds(LocalDateTime.ofInstant(moment, DutchTime.ZONE), language());
    }

    private static Locale language() {
        return Faces.hasContext() ? Faces.getLocale() : Locale.ROOT;
    }

    private static boolean english() {
        return "en".equals(language().getLanguage());
    }
}

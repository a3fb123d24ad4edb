package nl.arbeidsmigratie.regie.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments shown in Dutch local time ({@code #{dateTimes.minutes(entry.occurredAt)}}); Faces 4.0's date
 * converter does not know {@link Instant}.
 */
@Named
@ApplicationScoped
public class DateTimes {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(NETHERLANDS);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(NETHERLANDS);

    public String minutes(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment);
    }

    public String seconds(Instant moment) {
        return moment == null ? "" : SECONDS.format(moment);
    }
}

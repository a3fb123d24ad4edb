package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.SlotView;

/** A meeting's or slot's time as the sessions pages show it: {@code 14-05-2027 10:00–12:30}, Dutch local time. */
@Named
@ApplicationScoped
public class SessionTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String when(MeetingView meeting) {
        return between(meeting.startsAt(), meeting.endsAt());
    }

    /** From start to end; empty without a start. */
    public String between(LocalDateTime start, LocalDateTime end) {
        return start == null ? "" : DutchDates.MINUTES.format(start) + (end == null ? "" : "–" + span(start, end));
    }

    public String moment(LocalDateTime moment) {
        return moment == null ? "" : DutchDates.MINUTES.format(moment);
    }

    /** A moment in time, such as when a guest was invited, in Dutch local time. */
    public String at(Instant moment) {
        return moment == null ? "" : DutchDates.MINUTES.format(LocalDateTime.ofInstant(moment, DutchTime.ZONE));
    }

    /** A proposed moment leads with its weekday, as people answer a poll by the days they are free. */
    public String slot(SlotView slot) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern("EEE ", locale).format(slot.startsAt())
                + between(slot.startsAt(), slot.endsAt());
    }

    private static String span(LocalDateTime start, LocalDateTime end) {
        return start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DutchDates.MINUTES.format(end);
    }
}

package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.sessions.api.MeetingView;
import nl.arbeidsmigratie.regie.sessions.api.SlotView;

/**
 * A meeting's or slot's time as the sessions pages show it, in Dutch local time, its date as every page writes one
 * ({@code 14-05-2027 10:00–12:30}, in English {@code 14 May 2027 10:00–12:30}).
 */
@Named
@ApplicationScoped
public class SessionTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String when(MeetingView meeting) {
        return between(meeting.startsAt(), meeting.endsAt());
    }

    /** From start to end; empty without a start. */
    public String between(LocalDateTime start, LocalDateTime end) {
        return start == null ? "" : moment(start) + (end == null ? "" : "–" + span(start, end));
    }

    public String moment(LocalDateTime moment) {
        return DutchDates.minutes(moment, locale());
    }

    /** A moment in time, such as when a guest was invited, in Dutch local time. */
    public String at(Instant moment) {
        return moment == null ? "" : moment(LocalDateTime.ofInstant(moment, DutchTime.ZONE));
    }

    /** Meeting titles in a sentence, as the overlap of a slot names them. */
    public String titles(List<String> titles) {
        return String.join(", ", titles);
    }

    /** A proposed moment leads with its weekday, as people answer a poll by the days they are free. */
    public String slot(SlotView slot) {
        return DateTimeFormatter.ofPattern("EEE ", locale()).format(slot.startsAt())
                + between(slot.startsAt(), slot.endsAt());
    }

    private String span(LocalDateTime start, LocalDateTime end) {
        return start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : moment(end);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

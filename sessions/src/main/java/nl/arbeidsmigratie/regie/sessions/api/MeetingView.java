package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;

/**
 * A meeting as everyone signed in sees it, times in Dutch local time ({@code startsAt} null: "date to follow").
 * {@code number} is null for an information session; {@code registered} and {@code waiting} count people;
 * {@code takesRegistrations} says whether people may register now (announced, dated, not yet ended);
 * {@code shownToCircle} whether the public page and the calendars show it (announced once, or held).
 */
public record MeetingView(long id, long seriesId, Integer number, MeetingKind kind, String title,
                          Set<LearningGoal> themes, MeetingFormat format, String venueName, String venueAddress,
                          String venueCity, String onlineLink, LocalDateTime startsAt, LocalDateTime endsAt,
                          int capacity, Integer municipalityLimit, List<AgendaItem> agenda, MeetingStatus status,
                          int sequence, long registered, long waiting, boolean takesRegistrations,
                          boolean shownToCircle, long version) implements Serializable {

    public MeetingView {
        themes = Set.copyOf(themes);
        agenda = List.copyOf(agenda);
    }

    public long placesLeft() {
        return Math.max(0, capacity - registered);
    }
}

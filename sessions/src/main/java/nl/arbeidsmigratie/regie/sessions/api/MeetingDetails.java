package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;

/**
 * What the coordinator sets of a meeting, on top of {@code version}. Start and end are Dutch local time (both or
 * neither: a meeting whose date a poll is to find has none); {@code municipalityLimit} (optional) caps the people
 * one municipality registers.
 */
public record MeetingDetails(String title, Set<LearningGoal> themes, MeetingFormat format, String venueName,
                             String venueAddress, String venueCity, String onlineLink, LocalDateTime startsAt,
                             LocalDateTime endsAt, int capacity, Integer municipalityLimit, List<AgendaItem> agenda,
                             long version) implements Serializable {

    public MeetingDetails {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }
}

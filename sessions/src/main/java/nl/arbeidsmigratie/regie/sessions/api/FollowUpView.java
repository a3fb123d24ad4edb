package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An action a municipality agreed at a meeting, due on a date; {@code doneAt} is set once done. */
public record FollowUpView(long id, long meetingId, String meetingTitle, String municipalityCode,
                           String municipalityName, String description, LocalDate dueOn, Instant doneAt, long version)
        implements Serializable {
}

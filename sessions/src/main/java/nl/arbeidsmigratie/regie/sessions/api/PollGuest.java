package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A guest the coordinator invited to a poll through a personal link (a speaker, a colleague of another province),
 * invited at Dutch local time, and whether they answered yet.
 */
public record PollGuest(long id, String name, String email, String language, LocalDateTime invitedAt,
                        boolean answered) implements Serializable {
}

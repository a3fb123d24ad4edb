package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A guest the coordinator invited to a poll through a personal link (a speaker, a colleague of another province),
 * when they were invited (a moment, like a registration's), and whether they answered yet.
 */
public record PollGuest(long id, String name, String email, String language, Instant invitedAt,
                        boolean answered) implements Serializable {
}

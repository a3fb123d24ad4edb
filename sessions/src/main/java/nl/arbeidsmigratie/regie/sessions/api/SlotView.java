package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A slot of a poll, in Dutch local time. */
public record SlotView(long id, LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {
}

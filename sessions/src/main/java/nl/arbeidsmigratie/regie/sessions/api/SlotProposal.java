package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A proposed date and time for a meeting, in Dutch local time. */
public record SlotProposal(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A meeting as the public circle page lists it: what, when ({@code startsAt} null: "datum volgt"), in which form,
 * where (the city only) and its status. Nothing about who registered.
 */
public record PublicMeeting(Integer number, MeetingKind kind, String title, LocalDateTime startsAt,
                            LocalDateTime endsAt, MeetingFormat format, String venueCity, MeetingStatus status)
        implements Serializable {
}

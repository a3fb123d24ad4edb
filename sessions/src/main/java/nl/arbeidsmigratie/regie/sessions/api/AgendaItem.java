package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * One item of a meeting's agenda, times on the meeting's day (Dutch time). {@code municipalityCode}, when set, makes
 * it a slot in which that municipality brings in its own bottlenecks: the circle is free, but not without
 * commitment.
 */
public record AgendaItem(LocalTime startsAt, LocalTime endsAt, String title, String speaker, String municipalityCode)
        implements Serializable {
}

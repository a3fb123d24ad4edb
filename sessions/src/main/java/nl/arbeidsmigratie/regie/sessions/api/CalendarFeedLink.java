package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;

/**
 * A person's secret subscription address for a series' meetings, shown once when made: only its hash is kept.
 * {@code token} is the secret part of {@code url}.
 */
public record CalendarFeedLink(long seriesId, String url, String token) implements Serializable {
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing to look after. {@code date} is the date it is about: when a stale location became due, the last
 * observation of a forgotten place, the day a signal came in, when a permit or mark lapses, the follow-up date.
 * {@code locationId} is null for a signal without location.
 */
public record WorklistItem(WorklistKind kind, String municipalityCode, Long locationId, String label, LocalDate date)
        implements Serializable {
}

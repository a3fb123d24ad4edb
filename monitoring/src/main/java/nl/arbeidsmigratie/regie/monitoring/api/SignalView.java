package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a signal: {@code version} counts up from 1, and every later version (a status change or a link
 * to a location) says who recorded it, when and why.
 */
public record SignalView(long signalId, int version, String municipalityCode, Long locationId, Address address,
                         LocalDate signalledOn, SignalKind kind, String source, String text, SignalStatus status,
                         Instant recordedAt, String recordedBy, String reason) implements Serializable {
}

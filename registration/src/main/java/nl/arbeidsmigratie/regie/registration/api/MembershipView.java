package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.Instant;

/** A period in which a municipality belonged to a region; {@code until} is null for the current one. */
public record MembershipView(String region, Instant from, Instant until, String recordedBy) implements Serializable {
}

package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A newsletter subscriber as coordinators see them: the address, the optional name (forgotten on unsubscribing),
 * and the proof of consent, the exact text agreed to and when.
 */
public record SubscriberView(long id, String email, String name, String language, SubscriberStatus status,
                             String consentText, Instant consentedAt, Instant confirmedAt, Instant unsubscribedAt,
                             long version) implements Serializable {
}

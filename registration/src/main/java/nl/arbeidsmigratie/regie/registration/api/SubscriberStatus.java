package nl.arbeidsmigratie.regie.registration.api;

/** Where a subscriber stands: waiting for the opt-in link, receiving issues, or gone for good. */
public enum SubscriberStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}

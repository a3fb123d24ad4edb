package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.arbeidsmigratie.regie.registration.api.SubscriberStatus;

/**
 * Someone who asked for the newsletter. Holds only what sending needs (address, optional name, language)
 * and the proof of consent: the exact text agreed to and when.
 */
@Entity
@NamedQuery(name = Subscriber.BY_EMAIL, query = "select s from Subscriber s where lower(s.email) = lower(:email)")
@NamedQuery(name = Subscriber.BY_UNSUBSCRIBE_TOKEN,
        query = "select s from Subscriber s where s.unsubscribeToken = :token")
@NamedQuery(name = Subscriber.AUDIENCE, query = "select s from Subscriber s where s.status = :status "
        + "and s.language = :language and s.id > :after order by s.id")
@NamedQuery(name = Subscriber.COUNT_BY_STATUS, query = "select s.status, count(s) from Subscriber s group by s.status")
@NamedQuery(name = Subscriber.AUDIENCE_SIZE, query = "select count(s) from Subscriber s where s.status = :status "
        + "and s.language = :language")
public class Subscriber {

    public static final String BY_EMAIL = "Subscriber.byEmail";
    public static final String BY_UNSUBSCRIBE_TOKEN = "Subscriber.byUnsubscribeToken";
    public static final String AUDIENCE = "Subscriber.audience";
    public static final String AUDIENCE_SIZE = "Subscriber.audienceSize";
    public static final String COUNT_BY_STATUS = "Subscriber.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String name;

    private String language;

    @Enumerated(EnumType.STRING)
    private SubscriberStatus status;

    @Column(name = "consent_text")
    private String consentText;

    @Column(name = "consented_at")
    private Instant consentedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "unsubscribe_token")
    private String unsubscribeToken;

    @Version
    private long version;

    protected Subscriber() {
    }

    public Subscriber(String email, String name, String language, String consentText, Instant now,
                      String unsubscribeToken) {
        this.email = Objects.requireNonNull(email);
        this.unsubscribeToken = Objects.requireNonNull(unsubscribeToken);
        consent(name, language, consentText, now);
    }

    /** A new request to subscribe (again) with fresh consent; it must be confirmed before any issue is sent. */
    public void consent(String newName, String newLanguage, String newConsentText, Instant now) {
        if (status == SubscriberStatus.CONFIRMED) {
            throw new IllegalStateException("subscriber " + id + " is confirmed already");
        }
        name = newName;
        language = Objects.requireNonNull(newLanguage);
        consentText = Objects.requireNonNull(newConsentText);
        consentedAt = Objects.requireNonNull(now);
        status = SubscriberStatus.PENDING;
        confirmedAt = null;
        unsubscribedAt = null;
    }

    public void confirm(Instant now) {
        if (status != SubscriberStatus.PENDING) {
            throw new IllegalStateException("subscriber " + id + " is " + status + ", not pending");
        }
        status = SubscriberStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** Stops all future sends and forgets the name, which is no longer needed. */
    public void unsubscribe(Instant now) {
        status = SubscriberStatus.UNSUBSCRIBED;
        unsubscribedAt = now;
        name = null;
    }

    public boolean is(SubscriberStatus expected) {
        return status == expected;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String language() {
        return language;
    }

    public SubscriberStatus status() {
        return status;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant consentedAt() {
        return consentedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt;
    }

    public String consentText() {
        return consentText;
    }

    public long version() {
        return version;
    }
}

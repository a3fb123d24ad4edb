package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.SearchText;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.entity.Subscriber;

/**
 * The newsletter's subscribers, for coordinators: who receives it, with the consent they gave, and what a subscriber
 * who writes in may ask for besides their own unsubscribe link: to stop receiving it, or to have every trace of their
 * address erased (the right to erasure), the mails sent to it included.
 */
@Stateless
public class NewsletterSubscribers {

    public static final int MAX_LIMIT = 500;

    /** The outbox's mails of the newsletter (issues and confirmation mails) start with this in their keys. */
    private static final String NEWSLETTER_MAILS = "newsletter";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Subscribers whose address or name contains {@code text} (all when blank), the latest consent first. */
    public Page<SubscriberView> search(String text, @Min(0) int offset, @Min(1) @Max(MAX_LIMIT) int limit) {
        currentAccount.check(Role.COORDINATOR);
        Optional<String> pattern = SearchText.containing(text);
        String from = "from Subscriber s" + (pattern.isEmpty() ? ""
                : " where " + SearchText.folded("s.email") + " like :text escape '\\' or " + SearchText.folded("s.name")
                        + " like :text escape '\\'");
        TypedQuery<Long> count = em.createQuery("select count(s) " + from, Long.class);
        TypedQuery<Subscriber> select = em.createQuery("select s " + from + " order by s.consentedAt desc, s.id desc",
                Subscriber.class);
        pattern.ifPresent(like -> {
            count.setParameter("text", like);
            select.setParameter("text", like);
        });
        List<SubscriberView> items = select.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(NewsletterSubscribers::view).toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    public Optional<SubscriberView> find(long id) {
        currentAccount.check(Role.COORDINATOR);
        return Optional.ofNullable(em.find(Subscriber.class, id)).map(NewsletterSubscribers::view);
    }

    /** How many subscribers stand where, every status named (zero when none). */
    public Map<SubscriberStatus, Long> counts() {
        currentAccount.check(Role.COORDINATOR);
        Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(Subscriber.COUNT_BY_STATUS, Object[].class).getResultStream()
                .forEach(row -> counts.put((SubscriberStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Stops every future issue to a subscriber who asked a coordinator to, as their own unsubscribe link would;
     * the address and the consent stay as proof. Refused when the subscriber changed since {@code version}.
     */
    public SubscriberView unsubscribe(long id, long version) {
        currentAccount.check(Role.COORDINATOR);
        Subscriber subscriber = current(id, version);
        if (subscriber.is(SubscriberStatus.UNSUBSCRIBED)) {
            throw new InvalidInputException("subscriber", "newsletter.error.subscriber.unsubscribed",
                    "subscriber " + id + " is unsubscribed already");
        }
        String before = subscriber.status().name();
        subscriber.unsubscribe(clock.instant());
        em.flush();
        audit.record("newsletter.subscriber.unsubscribed-on-request", target(subscriber), Map.of("status", before),
                Map.of("status", subscriber.status().name()));
        return view(subscriber);
    }

    /**
     * Erases the subscriber and every newsletter mail to their address, sent or waiting, so nothing of it remains
     * and nothing more reaches it. The audit trail keeps that a subscriber was erased, not who. Refused when the
     * subscriber changed since {@code version}.
     */
    public SubscriberView erase(long id, long version) {
        currentAccount.check(Role.COORDINATOR);
        Subscriber subscriber = current(id, version);
        SubscriberView before = view(subscriber);
        int mails = outbox.forget(subscriber.email(), NEWSLETTER_MAILS);
        em.remove(subscriber);
        em.flush();
        audit.record("newsletter.subscriber.erased", target(subscriber),
                Map.of("status", before.status().name(), "language", before.language()), Map.of("mailsErased", mails));
        return before;
    }

    private Subscriber current(long id, long version) {
        Subscriber subscriber = em.find(Subscriber.class, id);
        if (subscriber == null) {
            throw new InvalidInputException("subscriber", "newsletter.error.subscriber.unknown", "no subscriber " + id);
        }
        if (subscriber.version() != version) {
            throw new ConcurrentChangeException("changed by someone else since version " + version, view(subscriber));
        }
        return subscriber;
    }

    private static SubscriberView view(Subscriber s) {
        return new SubscriberView(s.id(), s.email(), s.name(), s.language(), s.status(), s.consentText(),
                s.consentedAt(), s.confirmedAt(), s.unsubscribedAt(), s.version());
    }

    private static String target(Subscriber subscriber) {
        return "subscriber:" + subscriber.id();
    }
}

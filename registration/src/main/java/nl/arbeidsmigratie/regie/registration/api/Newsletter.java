package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.platform.api.OneTimeTokens;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.registration.boundary.IssueDelivery;
import nl.arbeidsmigratie.regie.registration.boundary.RequestThrottle;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.NewsletterMails;
import nl.arbeidsmigratie.regie.registration.control.Throttling;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.NewsletterIssue;
import nl.arbeidsmigratie.regie.registration.entity.Subscriber;

/**
 * The fortnightly newsletter. Anyone may subscribe (double opt-in), confirm and unsubscribe through links
 * in mails, without an account; coordinators write, preview, test and send issues. Mail always goes
 * through the outbox, in the same transaction as the change that causes it.
 */
@Stateless
public class Newsletter {

    public static final String OPT_IN = "newsletter-opt-in";
    /**
     * Where a mail program's own unsubscribe button posts an issue's token (RFC 8058), unsubscribing without a page in
     * between; the link in the issue opens the page that asks first.
     */
    public static final String ONE_CLICK = "/newsletter/unsubscribe";
    public static final Duration OPT_IN_VALIDITY = Duration.ofDays(7);
    public static final Duration FORTNIGHT = Duration.ofDays(14);
    /** At most one confirmation mail per unconfirmed address in this period, however often it is asked for. */
    public static final Duration OPT_IN_MAIL_INTERVAL = Duration.ofMinutes(15);
    public static final Set<String> LANGUAGES = Set.of("nl", "en");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_NAME = 200;
    private static final int MAX_BODY = 100_000;
    private static final int MAX_CONSENT = 2000;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    AuditTrail audit;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    NewsletterMails mails;

    @Inject
    IssueDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    Throttling throttling;

    /**
     * Asks for a confirmation mail. The answer is the same whether or not the address is known: a confirmed
     * address stays as it is and gets nothing, a pending or unsubscribed one gets a new confirmation mail unless
     * one was queued for it within {@link #OPT_IN_MAIL_INTERVAL} (then nothing changes and nothing is sent).
     * The mail greets neutrally and carries nothing the requester typed. {@code consentText} is exactly the text
     * the subscriber agreed to.
     */
    public void subscribe(String email, String name, String language, String consentText) {
        subscribe(email, name, language, consentText, null);
    }

    /**
     * As {@link #subscribe(String, String, String, String)}, from a known client address. Requests are counted
     * per client and per address; over either limit the caller is told how long to wait.
     */
    public void subscribe(String email, String name, String language, String consentText, String clientAddress) {
        String address = email == null ? "" : email.strip();
        throttling.count(RequestThrottle.NEWSLETTER_PER_CLIENT, clientAddress, RequestThrottle.NEWSLETTER_PER_ADDRESS,
                address, clock.instant());
        if (!EmailAddress.isValid(address)) {
            throw new InvalidInputException("email", "error.email.invalid", "not an email address");
        }
        if (!FreeText.blank(name) && name.strip().length() > MAX_NAME) {
            throw new TextTooLongException("name", MAX_NAME);
        }
        String cleanName = FreeText.blank(name) ? null : FreeText.line("name", name);
        String chosenLanguage = language(language);
        if (consentText == null || consentText.isBlank() || consentText.length() > MAX_CONSENT) {
            throw new InvalidInputException("consent", "newsletter.error.consent", "no consent given");
        }
        Instant now = clock.instant();
        Optional<Subscriber> known = em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class)
                .setParameter("email", address).getResultStream().findFirst();
        if (known.isPresent() && known.get().is(SubscriberStatus.CONFIRMED)) {
            return;
        }
        Subscriber subscriber;
        if (known.isPresent()) {
            subscriber = known.get();
            if (!claimOptInMail(subscriber, now)) {
                audit.recordAs("anonymous", "newsletter.subscribe-repeated", target(subscriber), null,
                        Map.of("status", subscriber.status().name(), "mailed", false));
                return;
            }
            subscriber.consent(cleanName, chosenLanguage, consentText, now);
        } else {
            subscriber = new Subscriber(address, cleanName, chosenLanguage, consentText, now, randomToken());
            em.persist(subscriber);
            em.flush();
            claimOptInMail(subscriber, now);
        }
        em.flush();
        audit.recordAs("anonymous", "newsletter.subscribed", target(subscriber), null,
                Map.of("status", subscriber.status().name(), "language", chosenLanguage));
        String token = tokens.issue(OPT_IN, String.valueOf(subscriber.id()), OPT_IN_VALIDITY);
        outbox.enqueue(OPT_IN + ":" + subscriber.id() + ":" + now.toEpochMilli(), mails.optIn(subscriber, token));
    }

    /**
     * Claims the subscriber's one confirmation mail of the period with one atomic UPDATE, so parallel requests
     * for one address send one mail between them; false while the address is pending and a mail was queued for
     * it within the period. An unsubscribed address asking again is pending afresh and gets its mail.
     */
    private boolean claimOptInMail(Subscriber subscriber, Instant now) {
        return em.createNativeQuery("update registration.subscriber set opt_in_mailed_at = ? "
                        + "where id = ? and (status <> 'PENDING' or opt_in_mailed_at is null or opt_in_mailed_at <= ?)")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, subscriber.id())
                .setParameter(3, java.sql.Timestamp.from(now.minus(OPT_IN_MAIL_INTERVAL)))
                .executeUpdate() == 1;
    }

    private static Optional<OptInOutcome> refusal(TokenCheck check) {
        return switch (check.outcome()) {
            case EXPIRED -> Optional.of(OptInOutcome.EXPIRED);
            case USED -> Optional.of(OptInOutcome.USED);
            case UNKNOWN, REVOKED -> Optional.of(OptInOutcome.UNKNOWN);
            default -> Optional.empty();
        };
    }

    /** The language of the subscriber a confirmation link is for, to answer in it; empty for a link that no longer works. */
    public Optional<String> languageByOptInLink(String token) {
        TokenCheck check = tokens.peek(OPT_IN, token);
        return check.valid() ? Optional.ofNullable(em.find(Subscriber.class, Long.valueOf(check.subject())))
                .map(Subscriber::language) : Optional.empty();
    }

    /**
     * Why the confirmation link would confirm nothing (expired, used, unknown), without using it; empty when confirming
     * it would confirm. Opening the link shows this; only the page's button confirms, so a mail scanner that follows
     * every link confirms nobody.
     */
    public Optional<OptInOutcome> optInLinkRefusal(String token) {
        return refusal(tokens.peek(OPT_IN, token));
    }

    /** Confirms the subscription behind a link from a confirmation mail; a link works once, for 7 days. */
    public OptInOutcome confirm(String token) {
        TokenCheck check = tokens.redeem(OPT_IN, token);
        Optional<OptInOutcome> refused = refusal(check);
        if (refused.isPresent()) {
            return refused.get();
        }
        Subscriber subscriber = em.find(Subscriber.class, Long.valueOf(check.subject()));
        if (subscriber == null || subscriber.is(SubscriberStatus.UNSUBSCRIBED)) {
            return OptInOutcome.UNKNOWN;
        }
        if (subscriber.is(SubscriberStatus.PENDING)) {
            subscriber.confirm(clock.instant());
            audit.recordAs("anonymous", "newsletter.confirmed", target(subscriber),
                    Map.of("status", SubscriberStatus.PENDING.name()), Map.of("status", subscriber.status().name()));
        }
        return OptInOutcome.CONFIRMED;
    }

    /**
     * The language of the subscriber an unsubscribe link is for, so that the page asks in it; empty for a link that
     * names nobody, which the page says at once rather than after the click.
     */
    public Optional<String> languageByUnsubscribeLink(String token) {
        return byUnsubscribeToken(token).map(Subscriber::language);
    }

    /** Whether the address behind an unsubscribe link was unsubscribed already, so the page says so at once. */
    public boolean unsubscribedByLink(String token) {
        return byUnsubscribeToken(token).filter(s -> s.is(SubscriberStatus.UNSUBSCRIBED)).isPresent();
    }

    /** Stops every future issue to the address behind an unsubscribe link; an altered link changes nothing. */
    public UnsubscribeOutcome unsubscribe(String token) {
        Optional<Subscriber> found = byUnsubscribeToken(token);
        if (found.isEmpty()) {
            return UnsubscribeOutcome.UNKNOWN;
        }
        Subscriber subscriber = found.get();
        if (subscriber.is(SubscriberStatus.UNSUBSCRIBED)) {
            return UnsubscribeOutcome.ALREADY_UNSUBSCRIBED;
        }
        String before = subscriber.status().name();
        subscriber.unsubscribe(clock.instant());
        audit.recordAs("anonymous", "newsletter.unsubscribed", target(subscriber), Map.of("status", before),
                Map.of("status", subscriber.status().name()));
        return UnsubscribeOutcome.UNSUBSCRIBED;
    }

    private Optional<Subscriber> byUnsubscribeToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(Subscriber.BY_UNSUBSCRIBE_TOKEN, Subscriber.class)
                .setParameter("token", token.strip()).getResultStream().findFirst();
    }

    /** All issues, newest first; coordinators only. */
    public List<IssueView> issues() {
        currentAccount.check(Role.COORDINATOR);
        return em.createNamedQuery(NewsletterIssue.ALL, NewsletterIssue.class).getResultStream()
                .map(Newsletter::view).toList();
    }

    public Optional<IssueView> issue(long id) {
        currentAccount.check(Role.COORDINATOR);
        return Optional.ofNullable(em.find(NewsletterIssue.class, id)).map(Newsletter::view);
    }

    /** The body exactly as it will be stored and sent: sanitised HTML. */
    public String preview(String body) {
        currentAccount.check(Role.COORDINATOR);
        return RichText.sanitize(body).html();
    }

    public IssueView draft(@NotNull IssueDraft draft) {
        Account author = currentAccount.require(Role.COORDINATOR);
        String subject = validSubject(draft);
        NewsletterIssue issue = new NewsletterIssue(subject, validBody(draft), language(draft.language()),
                author.email(), clock.instant());
        em.persist(issue);
        em.flush();
        IssueView after = view(issue);
        audit.record("newsletter.issue.drafted", target(issue), null, summary(after));
        return after;
    }

    /** Changes a draft made on top of {@code version}; refused when someone saved in between or it was sent. */
    public IssueView change(long id, long version, @NotNull IssueDraft draft) {
        currentAccount.check(Role.COORDINATOR);
        NewsletterIssue issue = existing(id);
        IssueView before = view(issue);
        if (issue.version() != version) {
            throw new ConcurrentChangeException("changed by someone else since version " + version, before);
        }
        if (issue.status() != IssueStatus.DRAFT) {
            throw new InvalidInputException("issue", "newsletter.error.issue.sent", "issue " + id + " is not a draft");
        }
        issue.revise(validSubject(draft), validBody(draft), language(draft.language()));
        em.flush();
        IssueView after = view(issue);
        audit.record("newsletter.issue.changed", target(issue), summary(before), summary(after));
        return after;
    }

    /**
     * Removes a draft that will not be sent, as last seen at {@code version}; a sent issue stays, as its readers
     * received it. The audit trail keeps its subject and language.
     */
    public IssueView removeDraft(long id, long version) {
        currentAccount.check(Role.COORDINATOR);
        NewsletterIssue issue = existing(id);
        IssueView before = view(issue);
        if (issue.status() != IssueStatus.DRAFT) {
            throw new InvalidInputException("issue", "newsletter.error.issue.sent", "issue " + id + " is not a draft");
        }
        if (issue.version() != version) {
            throw new ConcurrentChangeException("changed by someone else since version " + version, before);
        }
        em.remove(issue);
        em.flush();
        audit.record("newsletter.issue.removed", target(issue), summary(before), null);
        return before;
    }

    /** Sends the issue to the coordinator only, marked as a test; may be repeated. */
    public void testSend(long id) {
        Account coordinator = currentAccount.require(Role.COORDINATOR);
        NewsletterIssue issue = existing(id);
        outbox.enqueue("newsletter-test:" + id + ":" + coordinator.id() + ":" + clock.instant().toEpochMilli(),
                mails.test(issue, coordinator.email()));
        audit.record("newsletter.issue.test-sent", target(issue), null, Map.of("recipient", coordinator.email()));
    }

    /**
     * Sends the issue to every confirmed subscriber of its language, in batches that each commit on their
     * own. Calling it again for an issue whose sending was interrupted continues it; nobody gets it twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IssueView send(long id) {
        Account coordinator = currentAccount.require(Role.COORDINATOR);
        if (existing(id).status() == IssueStatus.DRAFT && audience(id) == 0) {
            // sending locks the issue for good: not for nobody
            throw new InvalidInputException("issue", "newsletter.error.no-subscribers", "no confirmed subscribers");
        }
        delivery.start(id, coordinator.email());
        delivery.deliver(id, coordinator.email());
        return view(existing(id));
    }

    /** How many confirmed subscribers read the issue's language: whom sending it now would reach. */
    public long audience(long id) {
        currentAccount.check(Role.COORDINATOR);
        return em.createNamedQuery(Subscriber.AUDIENCE_SIZE, Long.class)
                .setParameter("status", SubscriberStatus.CONFIRMED)
                .setParameter("language", existing(id).language()).getSingleResult();
    }

    /** The next fortnightly issue is due two weeks after the last one was sent; now if none was sent yet. */
    public Instant nextIssueDue() {
        currentAccount.check(Role.COORDINATOR);
        return em.createNamedQuery(NewsletterIssue.LAST_SENT, Instant.class).setMaxResults(1).getResultStream()
                .findFirst().map(lastSent -> lastSent.plus(FORTNIGHT)).orElseGet(clock::instant);
    }

    private NewsletterIssue existing(long id) {
        NewsletterIssue issue = em.find(NewsletterIssue.class, id);
        if (issue == null) {
            throw new InvalidInputException("issue", "newsletter.error.issue.unknown", "no issue " + id);
        }
        return issue;
    }

    private static String validSubject(IssueDraft draft) {
        String subject = draft.subject() == null ? "" : draft.subject().strip();
        if (subject.isEmpty()) {
            throw new InvalidInputException("subject", "newsletter.error.subject.required", "no subject");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new TextTooLongException("subject", MAX_SUBJECT);
        }
        return FreeText.line("subject", subject);
    }

    private static String validBody(IssueDraft draft) {
        String body = RichText.sanitize("body", draft.body(), MAX_BODY, TextTooLongException.MESSAGE_KEY).html();
        if (draft.body() == null || FreeText.blank(RichText.toText(draft.body()))) {
            throw new InvalidInputException("body", "newsletter.error.body.required", "no text");
        }
        if (FreeText.blank(RichText.toText(body))) {
            throw new InvalidInputException("body", "newsletter.error.body.removed", "no text left after sanitising");
        }
        return body;
    }

    private static String language(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "newsletter.error.language", "not nl or en: " + language);
        }
        return language;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static IssueView view(NewsletterIssue i) {
        return new IssueView(i.id(), i.subject(), i.bodyHtml(), i.language(), i.status(), i.createdBy(),
                i.createdAt(), i.sentAt(), i.recipients(), i.version());
    }

    private static Map<String, Object> summary(IssueView issue) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("subject", issue.subject());
        summary.put("language", issue.language());
        summary.put("bodyLength", issue.bodyHtml().length());
        return summary;
    }

    private static String target(Subscriber subscriber) {
        return "subscriber:" + subscriber.id();
    }

    private static String target(NewsletterIssue issue) {
        return "newsletter-issue:" + issue.id();
    }
}

package nl.arbeidsmigratie.regie.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.registration.api.IssueStatus;
import nl.arbeidsmigratie.regie.registration.control.NewsletterMails;
import nl.arbeidsmigratie.regie.registration.entity.NewsletterIssue;
import nl.arbeidsmigratie.regie.registration.entity.Subscriber;
import nl.arbeidsmigratie.regie.registration.api.SubscriberStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends an issue through the outbox in batches, each in a transaction of its own: a batch's mails and the
 * issue's progress mark commit together. After a crash, {@link #deliver} continues after the last committed
 * batch, and the per-recipient dedup key ("newsletter:issue:subscriber") keeps anyone from getting it twice.
 */
@Stateless
public class IssueDelivery {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    NewsletterMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "registration.newsletter.batch-size", defaultValue = "200")
    int batchSize;

    @Resource
    SessionContext context;

    /** Marks a draft as being sent; an issue already being sent is left as it is, so sending continues. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(long issueId, String actor) {
        NewsletterIssue issue = locked(issueId);
        if (issue == null) {
            throw new InvalidInputException("issue", "newsletter.error.issue.unknown", "no issue " + issueId);
        }
        if (issue.status() == IssueStatus.SENT) {
            throw new InvalidInputException("issue", "newsletter.error.issue.sent", "issue " + issueId + " was sent");
        }
        if (issue.status() == IssueStatus.DRAFT) {
            issue.startSending(clock.instant());
            audit.recordAs(actor, "newsletter.issue.sending", target(issue), null,
                    Map.of("language", issue.language(), "subject", issue.subject()));
        }
    }

    /** Queues the remaining batches and marks the issue sent; does nothing unless it is being sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(long issueId, String actor) {
        IssueDelivery self = context.getBusinessObject(IssueDelivery.class);
        int handled;
        do {
            handled = self.queueNextBatch(issueId, batchSize);
        } while (handled == batchSize);
        self.finish(issueId, actor);
    }

    /** Queues one batch of at most {@code size} confirmed subscribers; returns how many it handled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueNextBatch(long issueId, int size) {
        NewsletterIssue issue = locked(issueId);
        if (issue == null || issue.status() != IssueStatus.SENDING) {
            return 0;
        }
        List<Subscriber> batch = em.createNamedQuery(Subscriber.AUDIENCE, Subscriber.class)
                .setParameter("status", SubscriberStatus.CONFIRMED)
                .setParameter("language", issue.language())
                .setParameter("after", issue.lastSubscriberId())
                .setMaxResults(size)
                .getResultList();
        int queued = 0;
        for (Subscriber subscriber : batch) {
            if (outbox.enqueue("newsletter:" + issue.id() + ":" + subscriber.id(), mails.issue(issue, subscriber))) {
                queued++;
            }
        }
        if (!batch.isEmpty()) {
            issue.advance(batch.get(batch.size() - 1).id(), queued);
        }
        return batch.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long issueId, String actor) {
        NewsletterIssue issue = locked(issueId);
        if (issue == null || issue.status() != IssueStatus.SENDING) {
            return;
        }
        issue.finishSending(clock.instant());
        audit.recordAs(actor, "newsletter.issue.sent", target(issue), null,
                Map.of("language", issue.language(), "recipients", issue.recipients()));
    }

    /** The row lock makes a second sender (another instance, a double click) wait for this batch. */
    private NewsletterIssue locked(long issueId) {
        return em.find(NewsletterIssue.class, issueId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String target(NewsletterIssue issue) {
        return "newsletter-issue:" + issue.id();
    }
}

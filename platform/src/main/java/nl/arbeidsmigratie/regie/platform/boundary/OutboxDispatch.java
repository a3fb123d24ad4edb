package nl.arbeidsmigratie.regie.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockScope;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.control.MailSender;
import nl.arbeidsmigratie.regie.platform.control.MailSettings;
import nl.arbeidsmigratie.regie.platform.entity.OutboxMail;

/** Delivers one outbox mail in a transaction of its own, so one failure never holds up the others. */
@Stateless
public class OutboxDispatch {

    private static final Logger LOG = Logger.getLogger(OutboxDispatch.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    MailSender sender;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dispatch(long id) {
        // The row lock keeps a second instance of a cluster from sending the same mail at the same time.
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.scope", PessimisticLockScope.NORMAL));
        if (mail == null || mail.sent()) {
            return;
        }
        if (settings.logOnly()) {
            mail.markSent(clock.instant());
            return;
        }
        try {
            sender.send(mail);
            mail.markSent(clock.instant());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "mail {0} not sent, will retry: {1}", new Object[] {id, e.getMessage()});
            mail.markFailed(clock.instant(), e.getMessage(), settings.firstRetry());
        }
    }
}

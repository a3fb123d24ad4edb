package nl.arbeidsmigratie.regie.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.control.MailSettings;
import nl.arbeidsmigratie.regie.platform.entity.OutboxMail;

/** Every few seconds, hands the due outbox mails to {@link OutboxDispatch}, in batches. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    OutboxDispatch dispatch;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("outbox relay", false));
    }

    @Timeout
    void relay() {
        List<Long> due;
        boolean allHandled;
        do {
            allHandled = true;
            due = em.createNamedQuery(OutboxMail.DUE, Long.class)
                    .setParameter("now", clock.instant())
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Long id : due) {
                try {
                    dispatch.dispatch(id);
                } catch (RuntimeException e) {
                    allHandled = false;
                    LOG.log(Level.WARNING, "outbox mail " + id + " could not be handled", e);
                }
            }
        } while (due.size() == BATCH && allHandled);
    }
}

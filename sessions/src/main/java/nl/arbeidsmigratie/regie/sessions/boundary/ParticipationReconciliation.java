package nl.arbeidsmigratie.regie.sessions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;

/**
 * Shortly after startup, repairs what a crash between registration's commit and sessions' reaction may have missed
 * ({@link EnrolmentReactions}): every series is reconciled with its edition's enrolments, one series per
 * transaction. No person asked for it, so it acts as {@link ActingAs#SYSTEM} and needs no configuration;
 * coordinators may also reconcile a series from its page ({@link MeetingPlanning#reconcile}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ParticipationReconciliation {

    private static final Logger LOG = Logger.getLogger(ParticipationReconciliation.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingPlanning planning;

    @PostConstruct
    void schedule() {
        // not in the startup itself: the application is up sooner, and every instance may run it, idempotently
        timers.createSingleActionTimer(20_000, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onStartup() {
        reconcileAll();
    }

    /** Reconciles every series, each in a transaction of its own; one that fails is logged and the rest go on. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void reconcileAll() {
        List<Long> series = em.createQuery("select s.id from MeetingSeries s order by s.id", Long.class)
                .getResultList();
        ActingAs.run(ActingAs.SYSTEM, () -> series.forEach(id -> {
            try {
                planning.reconcile(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "series " + id + " could not be reconciled", e);
            }
        }));
    }
}

package nl.arbeidsmigratie.regie.sessions.boundary;

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
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shortly after startup, repairs what a crash between registration's commit and sessions' reaction may have missed
 * ({@link EnrolmentReactions}): every series is reconciled with its edition's enrolments, one series per
 * transaction. It acts as a coordinator, as facades require: {@code sessions.reconcile-as}, else the first
 * coordinator {@code regie.admin.email}; without either it does nothing and coordinators reconcile a series from
 * its page ({@link MeetingPlanning#reconcile}).
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

    @Inject
    @ConfigProperty(name = "sessions.reconcile-as")
    Optional<String> reconcileAs;

    @Inject
    @ConfigProperty(name = "regie.admin.email")
    Optional<String> adminEmail;

    @PostConstruct
    void schedule() {
        // not in the startup itself: the application is up sooner, and every instance may run it, idempotently
        timers.createSingleActionTimer(20_000, new TimerConfig(null, false));
    }

    @Timeout
    void reconcileAll() {
        Optional<String> actor = reconcileAs.filter(s -> !s.isBlank()).or(() -> adminEmail.filter(s -> !s.isBlank()));
        if (actor.isEmpty()) {
            return;
        }
        List<Long> series = em.createQuery("select s.id from MeetingSeries s order by s.id", Long.class)
                .getResultList();
        ActingAs.run(actor.get().strip(), () -> series.forEach(id -> {
            try {
                planning.reconcile(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "series " + id + " could not be reconciled", e);
            }
        }));
    }
}

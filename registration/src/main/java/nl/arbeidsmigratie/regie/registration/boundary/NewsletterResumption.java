package nl.arbeidsmigratie.regie.registration.boundary;

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
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.registration.api.IssueStatus;
import nl.arbeidsmigratie.regie.registration.entity.NewsletterIssue;

/**
 * Finishes, shortly after startup, the issues whose sending a stop or crash interrupted. Runs from a timer
 * rather than during startup, so a large remainder does not hold up the deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class NewsletterResumption {

    private static final Logger LOG = Logger.getLogger(NewsletterResumption.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    IssueDelivery delivery;

    @PostConstruct
    void scheduleResumption() {
        timers.createSingleActionTimer(1000, new TimerConfig("newsletter resumption", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resumeInterruptedSending() {
        List<Long> interrupted = em.createNamedQuery(NewsletterIssue.WITH_STATUS, Long.class)
                .setParameter("status", IssueStatus.SENDING).getResultList();
        for (Long id : interrupted) {
            LOG.info(() -> "continuing to send newsletter issue " + id);
            delivery.deliver(id, "system");
        }
    }
}

package nl.arbeidsmigratie.regie.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.control.AuditChain;
import nl.arbeidsmigratie.regie.platform.control.AuditSeal;

/**
 * Refuses to start without an audit key, rather than run with a trail whose truncation nobody could see, and
 * seals a chain that has no seal yet (a new database, or one from before seals existed).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    @Inject
    AuditSeal seal;

    @Inject
    AuditChain chain;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void sealOnStart() {
        String problem = seal.keyProblem().orElse(null);
        if (problem != null) {
            // The marker lets the run command show this line when the start fails.
            LOG.log(Level.SEVERE, "[arbeidsmigratie-regie] " + problem);
            throw new IllegalStateException(problem);
        }
        chain.sealIfUnsealed();
    }
}

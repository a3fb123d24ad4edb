package nl.arbeidsmigratie.regie.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.api.ActingAs;
import nl.arbeidsmigratie.regie.platform.api.DemoMode;

/**
 * Loads the demo data set at startup when {@link DemoMode} says so, after the demo accounts exist. A load that
 * fails is logged and leaves nothing; the application runs on without demo data and tries again at the next start.
 */
@Singleton
@Startup
@DependsOn("AccountBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStart {

    /** Lines carrying this marker are what the run command shows its user. */
    static final String MARKER = "[arbeidsmigratie-regie] ";
    private static final Logger LOG = Logger.getLogger(DemoStart.class.getName());

    @Inject
    DemoMode mode;

    @Inject
    DemoLoader loader;

    @PostConstruct
    void loadWhenAsked() {
        if (mode.isDataRefused()) {
            LOG.warning(MARKER + "regie.demo-data is ignored: demo data is loaded only together with demo accounts");
            return;
        }
        if (!mode.isData()) {
            return;
        }
        try {
            // as the coordinator around the loader's transaction: the reactions to its commit act as that person
            if (ActingAs.call(DemoLoader.COORDINATOR, loader::loadOnce)) {
                ActingAs.run(DemoLoader.COORDINATOR, loader::afterCommit);
                LOG.info(MARKER + "demo data loaded (voorbeeldgegevens)");
            } else {
                LOG.info(MARKER + "demo data present (voorbeeldgegevens)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, MARKER + "demo data not loaded: " + e.getMessage(), e);
        }
    }
}

package nl.arbeidsmigratie.regie.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.platform.api.PublicLinks;

/**
 * Refuses to start without a usable {@code REGIE_BASE_URL}, rather than fail at the first mail or, worse,
 * send links to wherever a request claimed to come from.
 */
@Singleton
@Startup
public class PublicLinksCheck {

    /** Lines carrying this marker are what the development launcher shows its user. */
    private static final String MARKER = "[arbeidsmigratie-regie] ";
    private static final Logger LOG = Logger.getLogger(PublicLinksCheck.class.getName());

    @Inject
    PublicLinks links;

    @PostConstruct
    void refuseToStartWithoutABaseUrl() {
        try {
            LOG.info(MARKER + "links in mails start with " + links.base());
        } catch (IllegalStateException missing) {
            LOG.severe(MARKER + missing.getMessage());
            throw missing;
        }
    }
}

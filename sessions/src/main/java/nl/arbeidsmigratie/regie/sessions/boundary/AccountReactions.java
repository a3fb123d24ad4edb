package nl.arbeidsmigratie.regie.sessions.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.registration.api.AccountDeactivated;
import nl.arbeidsmigratie.regie.sessions.control.CalendarFeeds;

/**
 * Reacts to registration's account events once their change is committed: a deactivated account's calendar feeds
 * are revoked, as its API tokens are, so reactivating it opens none of them again. Until then a feed of an inactive
 * owner finds nothing anyway.
 */
@Stateless
public class AccountReactions {

    @Inject
    CalendarFeeds feeds;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated event) {
        feeds.revokeAllOf(event.email());
    }
}

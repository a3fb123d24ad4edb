package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.sessions.entity.CalendarFeed;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingSeries;

/** Ends calendar feeds: a revoked feed's address finds nothing ever after, and each revocation is in the audit trail. */
@Dependent
public class CalendarFeeds {

    @PersistenceContext(unitName = "sessions")
    EntityManager em;

    @Inject
    MeetingBook book;

    @Inject
    AuditTrail audit;

    /** The owner's feed of one series, which a new one replaces or its owner no longer wants. */
    public void revokeLive(MeetingSeries series, String email) {
        revoke(em.createNamedQuery(CalendarFeed.LIVE_OF, CalendarFeed.class).setParameter("series", series.id())
                .setParameter("email", email));
    }

    /** Every feed of an owner whose account ended: an address that leaked meanwhile must not work again later. */
    public void revokeAllOf(String email) {
        revoke(em.createNamedQuery(CalendarFeed.LIVE_OF_OWNER, CalendarFeed.class).setParameter("email", email));
    }

    private void revoke(TypedQuery<CalendarFeed> live) {
        for (CalendarFeed feed : live.getResultList()) {
            feed.revoke(book.now());
            audit.record("sessions.calendar-feed.revoked", "calendar-feed:" + feed.id(), null, null);
        }
        em.flush();
    }
}

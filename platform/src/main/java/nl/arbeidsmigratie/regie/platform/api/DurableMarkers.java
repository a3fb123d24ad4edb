package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Markers of work done once in the life of a database. {@link #set} joins the caller's transaction, so a marker
 * exists exactly when the work it stands for was committed; a second {@link #set} of the same name fails.
 */
@Stateless
public class DurableMarkers {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    public boolean isSet(@NotBlank String name) {
        return !em.createNativeQuery("select 1 from platform.durable_marker where name = ?1")
                .setParameter(1, name).getResultList().isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void set(@NotBlank String name) {
        em.createNativeQuery("insert into platform.durable_marker (name, set_at) values (?1, ?2)")
                .setParameter(1, name).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }
}

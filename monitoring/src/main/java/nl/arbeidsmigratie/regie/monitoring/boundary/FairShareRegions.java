package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.arbeidsmigratie.regie.monitoring.entity.FairShareAgreement;
import nl.arbeidsmigratie.regie.registration.api.RegionRenamed;

/**
 * Reacts to registration's region events once their change is committed: the fair-share agreements of a renamed
 * region are found by its new name, as the dashboard asks for them, and measured against its members again.
 */
@Stateless
public class FairShareRegions {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegionRenamed event) {
        em.createNamedQuery(FairShareAgreement.FOLLOW_REGION).setParameter("name", event.name())
                .setParameter("formerName", event.formerName()).executeUpdate();
    }
}

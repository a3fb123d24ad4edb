package nl.arbeidsmigratie.regie.strategy.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.arbeidsmigratie.regie.registration.api.RegionRenamed;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;

/**
 * Reacts to registration's region events once their change is committed: the regional agreements of a renamed region
 * carry its new name, under which the province's overview lists them and by which a region is filtered.
 */
@Stateless
public class AgreementRegions {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegionRenamed event) {
        em.createNamedQuery(StrategyDocument.FOLLOW_REGION).setParameter("name", event.name())
                .setParameter("formerName", event.formerName()).executeUpdate();
    }
}

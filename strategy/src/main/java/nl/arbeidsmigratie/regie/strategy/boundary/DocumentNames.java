package nl.arbeidsmigratie.regie.strategy.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordNames;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordQueries;

/** The names of strategy documents in the audit trail: their municipality and title, found by either. */
@Stateless
@Local(AuditRecordNames.class)
public class DocumentNames extends AuditRecordQueries {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected Map<String, String> nameQueries() {
        return Map.of("strategy-document", "select d.id, concat(d.municipalityName, ' · ', d.title) "
                + "from StrategyDocument d where d.id in :numbers");
    }

    @Override
    protected Map<String, String> searchQueries() {
        return Map.of("strategy-document", "select d.id from StrategyDocument d "
                + "where lower(d.municipalityName) like :text or lower(d.title) like :text");
    }
}

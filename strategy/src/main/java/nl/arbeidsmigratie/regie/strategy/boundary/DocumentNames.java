package nl.arbeidsmigratie.regie.strategy.boundary;

import static nl.arbeidsmigratie.regie.platform.api.SearchText.folded;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordNames;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordQueries;

/**
 * The names of strategy documents in the audit trail: their municipality (a regional agreement's region) and title,
 * found by any of them.
 */
@Stateless
@Local(AuditRecordNames.class)
public class DocumentNames extends AuditRecordQueries {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    public DocumentNames() {
        super(Map.of("strategy-document", new Kind(
                "select d.id, concat(coalesce(d.municipalityName, d.region), ' · ', d.title) from StrategyDocument d "
                        + "where d.id in :numbers",
                "select d.id from StrategyDocument d where " + folded("d.municipalityName") + " like :text "
                        + "or " + folded("d.region") + " like :text or " + folded("d.title") + " like :text")));
    }

    @Override
    protected EntityManager em() {
        return em;
    }
}

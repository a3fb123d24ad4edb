package nl.arbeidsmigratie.regie.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordNames;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordQueries;
import nl.arbeidsmigratie.regie.platform.api.SearchText;

/**
 * The names of housing locations in the audit trail, where a location, its occupancy reports and its inspections
 * are recorded by the location's municipality and number ({@code occupancy:GM1783:12}). A location is found by any
 * name it had and by its BAG id.
 */
@Stateless
public class LocationNames implements AuditRecordNames {

    /** The kinds of record the trail names by a location's number. */
    private static final List<String> KINDS = List.of("location", "occupancy", "inspection");

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Override
    public Map<String, String> names(Collection<String> targets) {
        return AuditRecordQueries.byNumber(targets, Set.copyOf(KINDS), numbers -> em.createQuery(
                        "select v.location.id, v.name from LocationVersion v where v.location.id in :numbers "
                        + "and v.versionNo = (select max(w.versionNo) from LocationVersion w where w.location = v.location)",
                        Object[].class).setParameter("numbers", numbers).getResultList());
    }

    @Override
    public Set<String> named(String text, int limit) {
        return SearchText.containing(text).map(pattern -> em.createQuery("select distinct l.municipalityCode, l.id "
                        + "from LocationVersion v join v.location l where " + SearchText.folded("v.name")
                                + " like :text or v.bagId = :bagId",
                        Object[].class)
                .setParameter("text", pattern).setParameter("bagId", text.strip())
                .setMaxResults(limit).getResultList().stream()
                .flatMap(row -> KINDS.stream().map(kind -> kind + ":" + row[0] + ":" + row[1]))
                .collect(Collectors.toSet())).orElse(Set.<String>of());
    }
}

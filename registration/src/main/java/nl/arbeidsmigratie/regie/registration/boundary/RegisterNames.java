package nl.arbeidsmigratie.regie.registration.boundary;

import static nl.arbeidsmigratie.regie.platform.api.SearchText.folded;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordNames;
import nl.arbeidsmigratie.regie.platform.api.AuditRecordQueries;
import nl.arbeidsmigratie.regie.platform.api.SearchText;

/**
 * The names of the register's records in the audit trail: a municipality (whose target ends in its code), a
 * region, an account (its name and address) and an enrolment (its municipality in its edition).
 */
@Stateless
@Local(AuditRecordNames.class)
public class RegisterNames extends AuditRecordQueries {

    private static final String MUNICIPALITY = "municipality:";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    public RegisterNames() {
        super(Map.of(
                "region", new Kind("select r.id, r.name from Region r where r.id in :numbers",
                        "select r.id from Region r where " + folded("r.name") + " like :text"),
                "account", new Kind("select a.id, concat(a.displayName, ' <', a.email, '>') from Account a "
                        + "where a.id in :numbers",
                        "select a.id from Account a where " + folded("a.displayName") + " like :text or "
                                + folded("a.email") + " like :text"),
                "enrolment", new Kind("select e.id, concat(e.municipality.name, ' · ', e.edition.title) "
                        + "from Enrolment e where e.id in :numbers",
                        "select e.id from Enrolment e where " + folded("e.municipality.name") + " like :text")));
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    public Map<String, String> names(Collection<String> targets) {
        Map<String, String> names = new HashMap<>(super.names(targets));
        Set<String> codes = targets.stream().filter(t -> t.startsWith(MUNICIPALITY))
                .map(t -> t.substring(MUNICIPALITY.length())).collect(Collectors.toSet());
        if (!codes.isEmpty()) {
            em.createQuery("select m.code, m.name from Municipality m where m.code in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put(MUNICIPALITY + row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public Set<String> named(String text, int limit) {
        Set<String> targets = new HashSet<>(super.named(text, limit));
        SearchText.containing(text).ifPresent(pattern -> em.createQuery(
                        "select m.code from Municipality m where " + folded("m.name") + " like :text", String.class)
                .setParameter("text", pattern).setMaxResults(limit).getResultList()
                .forEach(code -> targets.add(MUNICIPALITY + code)));
        return targets;
    }
}

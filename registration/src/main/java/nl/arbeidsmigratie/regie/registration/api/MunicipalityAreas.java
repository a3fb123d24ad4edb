package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;

/**
 * The province and region of every active municipality in one query, for modules that aggregate figures per
 * region: the paged register ({@link MunicipalityDirectory#search}) also loads contacts and a count.
 */
@Stateless
public class MunicipalityAreas {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    /** Every active municipality, ordered by name. */
    public List<MunicipalityArea> all() {
        currentAccount.requireView();
        return em.createQuery("select m.code, m.name, m.province, r.name from Municipality m "
                        + "left join m.region r where m.active = true order by m.name", Object[].class)
                .getResultStream()
                .map(row -> new MunicipalityArea((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}

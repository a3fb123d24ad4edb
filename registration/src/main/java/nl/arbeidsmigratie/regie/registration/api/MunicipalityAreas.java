package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;

/**
 * The province and region of every active municipality in one query, for modules that aggregate figures per
 * region, with the merged ones to count with their successors: the paged register
 * ({@link MunicipalityDirectory#search}) also loads contacts and a count.
 */
@Stateless
public class MunicipalityAreas {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    CurrentAccount currentAccount;

    /** Every active municipality, ordered by name. */
    public List<MunicipalityArea> all() {
        return division().municipalities();
    }

    /**
     * The division as it is now, in one statement: the active municipalities, as {@link #all}, and those merged into
     * another, into which, so that figures kept under an old code count with the municipality it is part of now.
     */
    public MunicipalDivision division() {
        currentAccount.requireView();
        List<Object[]> rows = em.createQuery("select m.code, m.name, m.province, r.name, m.active, s.code,"
                + " m.inactiveSince from Municipality m left join m.region r left join m.successor s"
                + " order by m.name", Object[].class).getResultList();
        List<MunicipalityArea> active = new ArrayList<>();
        Map<String, MunicipalDivision.Merger> direct = new HashMap<>();
        for (Object[] row : rows) {
            if ((Boolean) row[4]) {
                active.add(new MunicipalityArea((String) row[0], (String) row[1], (String) row[2], (String) row[3]));
            } else if (row[5] != null) {
                direct.put((String) row[0],
                        new MunicipalDivision.Merger((String) row[1], (String) row[5], (LocalDate) row[6]));
            }
        }
        // one merged into a municipality that merged on since counts with the last
        Map<String, MunicipalDivision.Merger> merged = new HashMap<>();
        direct.forEach((code, merger) -> {
            String into = merger.into();
            for (int hops = 0; direct.containsKey(into) && hops < direct.size(); hops++) {
                into = direct.get(into).into();
            }
            merged.put(code, new MunicipalDivision.Merger(merger.name(), into, merger.since()));
        });
        active.sort(Comparator.comparing(MunicipalityArea::name, DutchNames.ORDER));
        return new MunicipalDivision(active, merged);
    }
}

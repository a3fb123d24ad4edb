package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchNames;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.platform.api.SearchText;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityQuery;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityView;
import nl.arbeidsmigratie.regie.registration.entity.Contact;
import nl.arbeidsmigratie.regie.registration.entity.Municipality;
import nl.arbeidsmigratie.regie.registration.entity.Region;

/**
 * Server-side filtering, ordering and paging of the municipality register: one count, one page query (and one for
 * the page's contacts). A search finds a municipality by part of its name, by its code, and by the name everyone
 * uses where the register has another ({@code Den Haag} for 's-Gravenhage).
 */
@Dependent
public class MunicipalitySearch {

    /** Names everyone uses for a municipality whose name in the register is another. */
    private static final Map<String, String> COMMON_NAMES = Map.of("den haag", "GM0518", "den bosch", "GM0796");
    /** The GM before a code's digits, with any spaces after it, as typed in a search ({@code gm 518}). */
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\s*GM\\s*", Pattern.CASE_INSENSITIVE);

    /** The code a search names, when it is one. */
    static Optional<String> codeTyped(String typed) {
        String code = MunicipalityCodes.completed(CODE_PREFIX.matcher(typed).replaceFirst(""));
        return MunicipalityCodes.wellFormed(code) ? Optional.of(code) : Optional.empty();
    }

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    public Page<MunicipalityView> search(MunicipalityQuery query) {
        return new Page<>(items(query), count(query), query.offset(), query.limit());
    }

    /** How many municipalities match the query's filters. */
    public long count(MunicipalityQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Municipality> countRoot = count.from(Municipality.class);
        count.select(cb.count(countRoot)).where(filters(cb, query, countRoot, countRoot.join("region", JoinType.LEFT)));
        return em.createQuery(count).getSingleResult();
    }

    /** The query's page of municipalities, with their contacts. */
    public List<MunicipalityView> items(MunicipalityQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Municipality> select = cb.createQuery(Municipality.class);
        Root<Municipality> root = select.from(Municipality.class);
        Join<Municipality, Region> region = root.join("region", JoinType.LEFT);
        root.fetch("region", JoinType.LEFT);
        root.fetch("successor", JoinType.LEFT);
        Expression<?> sortKey = switch (query.sort()) {
            case CODE -> root.get("code");
            case NAME -> cb.function("translate", String.class, cb.lower(root.get("name")),
                    cb.literal(DutchNames.SQL_FROM), cb.literal(DutchNames.SQL_TO));
            case PROVINCE -> root.get("province");
            case REGION -> region.get("name");
        };
        select.select(root)
                .where(filters(cb, query, root, region))
                .orderBy(query.descending() ? cb.desc(sortKey) : cb.asc(sortKey), cb.asc(root.get("code")));
        List<Municipality> page = em.createQuery(select)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList();
        Map<String, List<Contact>> contacts = contactsOf(page);
        return page.stream()
                .map(m -> Views.of(m, contacts.getOrDefault(m.code(), List.of())))
                .toList();
    }

    /** All municipalities matching the query, in its order, for an export. */
    public List<MunicipalityView> all(MunicipalityQuery query) {
        List<MunicipalityView> all = new ArrayList<>();
        int offset = 0;
        Page<MunicipalityView> page;
        do {
            page = search(new MunicipalityQuery(query.nameContains(), query.region(), query.province(), query.sort(),
                    query.descending(), offset, MunicipalityQuery.MAX_LIMIT));
            all.addAll(page.items());
            offset += MunicipalityQuery.MAX_LIMIT;
        } while (offset < page.total());
        return all;
    }

    private Map<String, List<Contact>> contactsOf(List<Municipality> municipalities) {
        if (municipalities.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Contact c where c.municipality.code in :codes order by c.name", Contact.class)
                .setParameter("codes", municipalities.stream().map(Municipality::code).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(c -> c.municipality().code()));
    }

    private static Predicate[] filters(CriteriaBuilder cb, MunicipalityQuery query, Root<Municipality> root,
                                       Join<Municipality, Region> region) {
        List<Predicate> filters = new ArrayList<>();
        SearchText.containing(query.nameContains()).ifPresent(pattern -> {
            List<Predicate> matches = new ArrayList<>();
            matches.add(cb.like(SearchText.folded(cb, root.get("name")), pattern, SearchText.ESCAPE));
            codeTyped(query.nameContains()).ifPresent(code -> matches.add(cb.equal(root.get("code"), code)));
            String typed = SearchText.fold(query.nameContains().strip());
            COMMON_NAMES.forEach((common, code) -> {
                if (common.contains(typed)) {
                    matches.add(cb.equal(root.get("code"), code));
                }
            });
            filters.add(cb.or(matches.toArray(Predicate[]::new)));
        });
        if (query.region() != null) {
            filters.add(cb.equal(region.get("name"), query.region()));
        }
        if (query.province() != null) {
            filters.add(cb.equal(root.get("province"), query.province()));
        }
        return filters.toArray(Predicate[]::new);
    }
}

package nl.arbeidsmigratie.regie.platform.api;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names records whose targets end in their number ({@code region:4}) by one query per kind: for the numbers
 * {@code :numbers}, rows of number and name; and for a pattern {@code :text}, the numbers of the records whose
 * lower-cased name is like it. A session bean names {@link AuditRecordNames} as its local view
 * ({@code @Local}), as an interface of a superclass is not one of its own.
 */
public abstract class AuditRecordQueries implements AuditRecordNames {

    protected abstract EntityManager em();

    /** Per kind of record, the query of number and name for {@code :numbers}. */
    protected abstract Map<String, String> nameQueries();

    /** Per kind of record, the query of the numbers of the records whose name is like {@code :text}. */
    protected abstract Map<String, String> searchQueries();

    @Override
    public Map<String, String> names(Collection<String> targets) {
        Map<String, String> names = new HashMap<>();
        nameQueries().forEach((kind, query) -> names.putAll(AuditRecordNames.byNumber(targets, Set.of(kind),
                numbers -> em().createQuery(query, Object[].class).setParameter("numbers", numbers).getResultList())));
        return names;
    }

    @Override
    public Set<String> named(String text, int limit) {
        return SearchText.containing(text).map(pattern -> {
            Set<String> targets = new HashSet<>();
            searchQueries().forEach((kind, query) -> em().createQuery(query).setParameter("text", pattern)
                    .setMaxResults(limit).getResultList().forEach(number -> targets.add(kind + ":" + number)));
            return targets;
        }).orElse(Set.of());
    }
}

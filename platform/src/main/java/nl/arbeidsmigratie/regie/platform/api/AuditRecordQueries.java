package nl.arbeidsmigratie.regie.platform.api;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names records whose targets end in their number ({@code region:4}) by two queries per kind of record. A session
 * bean names {@link AuditRecordNames} as its local view ({@code @Local}), as an interface of a superclass is not
 * one of its own.
 */
public abstract class AuditRecordQueries implements AuditRecordNames {

    /**
     * A kind of record's queries: {@code names} gives rows of number and name for the numbers {@code :numbers};
     * {@code search} the numbers of the records whose lower-cased name is like the pattern {@code :text}.
     */
    public record Kind(String names, String search) {
    }

    private final Map<String, Kind> kinds;

    /** {@code kinds}: the queries of each kind of record, by the kind as targets begin with it. */
    protected AuditRecordQueries(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The module's own persistence context, which the queries name its entities in. */
    protected abstract EntityManager em();

    @Override
    public Map<String, String> names(Collection<String> targets) {
        Map<String, String> names = new HashMap<>();
        kinds.forEach((kind, queries) -> names.putAll(byNumber(targets, Set.of(kind),
                numbers -> em().createQuery(queries.names(), Object[].class).setParameter("numbers", numbers)
                        .getResultList())));
        return names;
    }

    @Override
    public Set<String> named(String text, int limit) {
        return SearchText.containing(text).map(pattern -> {
            Set<String> targets = new HashSet<>();
            kinds.forEach((kind, queries) -> em().createQuery(queries.search()).setParameter("text", pattern)
                    .setMaxResults(limit).getResultList().forEach(number -> targets.add(kind + ":" + number)));
            return targets;
        }).orElse(Set.of());
    }

    /**
     * The names of the targets of one of {@code kinds} that end in a number ({@code location:GM1783:12} → 12), as
     * {@code rows} gives them: for a set of numbers, a row of number and name for each it knows. Here, not in the
     * interface the session beans publish, as a static method there is none of theirs.
     */
    public static Map<String, String> byNumber(Collection<String> targets, Set<String> kinds,
                                               Function<Set<Long>, List<Object[]>> rows) {
        Map<String, Long> numbers = targets.stream().distinct()
                .filter(t -> t.indexOf(':') > 0 && kinds.contains(t.substring(0, t.indexOf(':'))))
                .filter(t -> t.substring(t.lastIndexOf(':') + 1).matches("[0-9]{1,18}"))
                .collect(Collectors.toMap(t -> t, t -> Long.valueOf(t.substring(t.lastIndexOf(':') + 1))));
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> found = new HashMap<>();
        rows.apply(Set.copyOf(numbers.values())).forEach(row -> found.put((Long) row[0], (String) row[1]));
        Map<String, String> names = new HashMap<>();
        numbers.forEach((target, number) -> {
            if (found.containsKey(number)) {
                names.put(target, found.get(number));
            }
        });
        return names;
    }
}

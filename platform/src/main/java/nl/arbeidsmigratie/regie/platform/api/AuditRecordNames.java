package nl.arbeidsmigratie.regie.platform.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Published as a CDI bean by a module whose records a reader of the audit trail knows by name. The trail names a
 * record by its kind and number ({@code location:GM1783:12}), which stays true when the record is renamed; a
 * reader knows it by the name it has now, and looks for it by any name it had.
 */
public interface AuditRecordNames {

    /** The name now of each of {@code targets} this module keeps; targets of other kinds are left out. */
    Map<String, String> names(Collection<String> targets);

    /** The targets of this module's records whose name, now or before, holds {@code text}; at most {@code limit}. */
    Set<String> named(String text, int limit);

    /**
     * The names of the targets of one of {@code kinds} that end in a number ({@code location:GM1783:12} → 12), as
     * {@code rows} gives them: for a set of numbers, a row of number and name for each it knows.
     */
    static Map<String, String> byNumber(Collection<String> targets, Set<String> kinds,
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

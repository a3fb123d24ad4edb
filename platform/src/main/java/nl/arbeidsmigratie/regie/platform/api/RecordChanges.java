package nl.arbeidsmigratie.regie.platform.api;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields that differ between two versions of the same record, nested records flattened to dotted paths. Change
 * logs show these instead of two full versions side by side, so a reader sees at once what a correction changed.
 */
public final class RecordChanges {

    private RecordChanges() {
    }

    /** Every field whose value differs; with no {@code before}, every field that has a value. */
    public static List<FieldChange> between(Record before, Record after) {
        Map<String, String> old = before == null ? Map.of() : flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new FieldChange(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    /**
     * Whether {@code after} changes nothing of {@code before}: every field alike, a number alike by its value
     * ({@code 120} and {@code 120.0}, as the database keeps a scale the request did not send).
     */
    public static boolean same(Record before, Record after) {
        Map<String, Object> old = values(before);
        Map<String, Object> now = values(after);
        return old.keySet().equals(now.keySet()) && old.entrySet().stream().allMatch(field -> {
            Object other = now.get(field.getKey());
            return field.getValue() instanceof BigDecimal a && other instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(text(field.getValue()), text(other));
        });
    }

    /** A record inside a list reads as its values, e.g. {@code VERHUURVERGUNNING V-17 2024-01-01 2028-12-31}. */
    private static String text(Object value) {
        if (value instanceof Record r) {
            return flatten(r).values().stream().collect(Collectors.joining(" "));
        }
        return String.valueOf(value);
    }

    private static Map<String, String> flatten(Record value) {
        Map<String, String> fields = new LinkedHashMap<>();
        values(value).forEach((field, held) -> fields.put(field, text(held)));
        return fields;
    }

    /** The fields that have a value, nested records by dotted paths, a list as its items' text. */
    private static Map<String, Object> values(Record value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        flatten("", value, fields);
        return fields;
    }

    private static void flatten(String prefix, Record value, Map<String, Object> into) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            String path = prefix + component.getName();
            if (field instanceof Record nested) {
                flatten(path + ".", nested, into);
            } else if (field instanceof List<?> list && !list.isEmpty()) {
                into.put(path, list.stream().map(RecordChanges::text).collect(Collectors.joining("; ")));
            } else if (field != null && !(field instanceof List<?>)) {
                into.put(path, field);
            }
        }
    }
}

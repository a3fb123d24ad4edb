package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.NormCheck;
import nl.arbeidsmigratie.regie.monitoring.api.NormFinding;
import nl.arbeidsmigratie.regie.monitoring.api.NormOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.NormRule;
import nl.arbeidsmigratie.regie.monitoring.api.NormSummary;

/**
 * The norm check of an inspection in the form it is kept: the violated rules as a small JSON array of rule,
 * measured value and limit, the rules not assessed as their names. A copy rather than a reference, because the rules and the occupancy it was measured
 * against may change later.
 */
public final class NormSummaries {

    private NormSummaries() {
    }

    public static NormSummary of(NormCheck check) {
        List<NormFinding> violated = check.violations();
        return new NormSummary(check.rules() == null ? null : check.rules().rules().mark(),
                check.rules() == null ? null : check.rules().rules().validFrom(), check.occupancyDate(),
                check.persons(), violated.size(), violated, check.occupancyDate() == null ? List.of()
                : check.findings().stream().filter(f -> f.outcome() == NormOutcome.NOT_ASSESSED)
                        .map(NormFinding::rule).toList());
    }

    /** The rules not assessed, as the comma-separated names they are kept as. */
    public static String names(List<NormRule> rules) {
        return String.join(",", rules.stream().map(NormRule::name).toList());
    }

    public static List<NormRule> rules(String names) {
        return names.isEmpty() ? List.of() : Arrays.stream(names.split(",")).map(NormRule::valueOf).toList();
    }

    public static String json(List<NormFinding> violated) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (NormFinding f : violated) {
            var item = Json.createObjectBuilder().add("rule", f.rule().name());
            if (f.measured() != null) {
                item.add("measured", f.measured());
            }
            if (f.limit() != null) {
                item.add("limit", f.limit());
            }
            array.add(item);
        }
        return array.build().toString();
    }

    public static List<NormFinding> violated(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new NormFinding(NormRule.valueOf(o.getString("rule")), NormOutcome.VIOLATED,
                            number(o, "measured"), number(o, "limit")))
                    .toList();
        }
    }

    private static BigDecimal number(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null : o.getJsonNumber(key).bigDecimalValue();
    }
}

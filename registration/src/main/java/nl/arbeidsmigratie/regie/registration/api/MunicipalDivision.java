package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country's division into municipalities as it is now, the way statistics compare years: every active
 * municipality in its current region, and each one merged into another, by code, with the one that took it over
 * (followed on to one still active) and the day it did.
 */
public record MunicipalDivision(List<MunicipalityArea> municipalities, Map<String, Merger> merged)
        implements Serializable {

    public MunicipalDivision {
        municipalities = List.copyOf(municipalities);
        merged = Map.copyOf(merged);
    }

    /** Every municipality's name by its code: the active ones' and those merged into others'. */
    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        municipalities.forEach(m -> names.put(m.code(), m.name()));
        merged.forEach((code, merger) -> names.put(code, merger.name()));
        return names;
    }

    /**
     * Municipality {@code name} was taken over by {@code into} from {@code since} on (null when the register does not
     * say).
     */
    public record Merger(String name, String into, LocalDate since) implements Serializable {
    }
}

package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.LocalDate;
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

    /** Municipality {@code into} took over another from {@code since} on (null when the register does not say). */
    public record Merger(String into, LocalDate since) implements Serializable {
    }
}

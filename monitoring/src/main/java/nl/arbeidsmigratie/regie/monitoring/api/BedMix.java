package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.util.Map;

/**
 * The beds of a municipality's locations active on a date, by housing form and by the stay class they are meant
 * for (the stay mix; locations without one are under {@code null}). Aggregates only, never one location.
 */
public record BedMix(Map<HousingForm, Integer> byHousingForm, Map<StayFocus, Integer> byStayFocus)
        implements Serializable {

    public BedMix {
        byHousingForm = Map.copyOf(byHousingForm);
        byStayFocus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStayFocus));
    }
}

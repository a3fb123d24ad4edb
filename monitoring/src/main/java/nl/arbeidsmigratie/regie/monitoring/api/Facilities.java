package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a location offers, as far as known; the norm check measures occupancy against these. Areas in m². */
public record Facilities(Integer beds, BigDecimal floorArea, BigDecimal bedroomArea, Integer bedrooms,
                         Integer toilets, Integer showers) implements Serializable {

    public static Facilities unknown() {
        return new Facilities(null, null, null, null, null, null);
    }
}

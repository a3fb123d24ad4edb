package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The regional picture on {@code date} as known at {@code asKnownOn}: the municipalities of the region, the
 * region as a whole, every region of its province and the province (null when the region's municipalities have
 * no province). Aggregates only: no location is named.
 */
public record RegionalPictureView(String region, String province, LocalDate date, Instant asKnownOn,
                                  List<AreaFigures> municipalities, AreaFigures regionTotal, List<AreaFigures> regions,
                                  AreaFigures provinceTotal) implements Serializable {

    public RegionalPictureView {
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
    }
}

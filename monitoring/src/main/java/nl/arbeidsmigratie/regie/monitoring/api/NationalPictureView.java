package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The picture of the whole country on {@code date} as known at {@code asKnownOn}: every municipality, every region
 * and every province (municipalities outside one count in the total only), and the country as a whole
 * ({@code total}, without a name). Aggregates only, with the same small-number rule as {@link RegionalPictureView}.
 */
public record NationalPictureView(LocalDate date, Instant asKnownOn, List<AreaFigures> municipalities,
                                  List<AreaFigures> regions, List<AreaFigures> provinces, AreaFigures total)
        implements Serializable {

    public NationalPictureView {
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
        provinces = List.copyOf(provinces);
    }
}

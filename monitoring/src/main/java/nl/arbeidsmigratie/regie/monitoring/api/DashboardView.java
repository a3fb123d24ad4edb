package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.util.List;

/**
 * Everything one dashboard view shows: the regional picture, the region's fair-share agreements as known then,
 * the progress of the chosen one (null when the region has none) and the regions there are to choose from.
 */
public record DashboardView(RegionalPictureView picture, List<FairShareView> agreements, FairShareProgress progress,
                            List<String> regions) implements Serializable {

    public DashboardView {
        agreements = List.copyOf(agreements);
        regions = List.copyOf(regions);
    }
}

package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.Map;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.ConstraintMeanings;
import nl.arbeidsmigratie.regie.platform.api.ConstraintMeanings.Rule;

/**
 * What monitoring's database constraints mean to a user, by the names the migrations give them. A constraint not
 * named here still refuses as bad input, with the general message of its kind.
 */
public final class MonitoringConstraints {

    public static final ConstraintMeanings MEANINGS = new ConstraintMeanings(
            // the keys on what a version builds on: two saves on the same version both claim them
            VersionChains.ALL.stream().collect(Collectors.toMap(VersionChains.Chain::versionKey,
                    VersionChains.Chain::conflictKey)),
            Map.of("location_bag_id_taken",
                    new Rule("bagId", "error.location.bag-id.taken", "this BAG id is already registered"),
                    // two first reports on one date at once: the facade's own check saw neither
                    "occupancy_report_first",
                    new Rule("referenceDate", "error.occupancy.exists", "this location has a report on this date")));

    private MonitoringConstraints() {
    }
}

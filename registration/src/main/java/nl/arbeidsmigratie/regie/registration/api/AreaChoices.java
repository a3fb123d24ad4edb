package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.util.List;

/** What the municipality register can be filtered on: the current regions and the provinces, each by name. */
public record AreaChoices(List<String> regions, List<String> provinces) implements Serializable {

    public AreaChoices {
        regions = List.copyOf(regions);
        provinces = List.copyOf(provinces);
    }
}

package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;

/**
 * A region with the number of municipalities in it now, and whether it may be removed: it never had one and no
 * region was merged into it, so no history names it.
 */
public record RegionView(long id, String name, long municipalities, long version, boolean removable)
        implements Serializable {
}

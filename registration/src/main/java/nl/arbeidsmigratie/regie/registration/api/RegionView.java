package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;

/** A region with the number of municipalities in it now. */
public record RegionView(long id, String name, long municipalities, long version) implements Serializable {
}

package nl.arbeidsmigratie.regie.platform.api;

import java.util.List;

/** One page of a larger result, with the total the paging controls need. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}

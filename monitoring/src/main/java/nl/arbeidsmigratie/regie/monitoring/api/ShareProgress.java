package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.util.List;

/**
 * Agreed against realised for one municipality, or for the others together ({@code municipalityCode} null):
 * {@code realised} holds the beds in active locations on each moment of the progress, the last being the
 * reference date.
 */
public record ShareProgress(String municipalityCode, String name, int agreed, List<Integer> realised)
        implements Serializable {

    public ShareProgress {
        realised = List.copyOf(realised);
    }

    public int realisedNow() {
        return realised.isEmpty() ? 0 : realised.get(realised.size() - 1);
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An agreement as known at {@code asKnownOn} with what was realised: one row per named municipality and one for
 * the others, measured on each anniversary of the agreement up to the reference date and on the reference date.
 */
public record FairShareProgress(FairShareView agreement, Instant asKnownOn, List<LocalDate> moments,
                                List<ShareProgress> rows) implements Serializable {

    public FairShareProgress {
        moments = List.copyOf(moments);
        rows = List.copyOf(rows);
    }

    /** The moments, the reference date first (see {@link ShareProgress#realisedNewestFirst()}). */
    public List<LocalDate> momentsNewestFirst() {
        List<LocalDate> newestFirst = new ArrayList<>(moments);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The reference date: the last moment. */
    public LocalDate referenceDate() {
        return moments.get(moments.size() - 1);
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
}

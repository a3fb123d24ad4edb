package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The region as a whole: every share agreed and every bed realised added up, per moment. What is still to realise
     * is the region's, where one municipality's surplus makes up for another's shortfall.
     */
    public ShareProgress total() {
        int[] realised = new int[moments.size()];
        for (ShareProgress row : rows) {
            for (int i = 0; i < realised.length && i < row.realised().size(); i++) {
                realised[i] += row.realised().get(i);
            }
        }
        return new ShareProgress(null, null, rows.stream().mapToInt(ShareProgress::agreed).sum(),
                Arrays.stream(realised).boxed().toList());
    }

    /** The reference date: the last moment. */
    public LocalDate referenceDate() {
        return moments.get(moments.size() - 1);
    }
}

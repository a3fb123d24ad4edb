package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * Beds added since the agreement: on the reference date against on the day it was agreed, the first moment (fewer
     * when locations closed), so an agreement made where beds stood already is not reached on its first day.
     */
    public int sinceAgreement() {
        return realised.isEmpty() ? 0 : realisedNow() - realised.get(0);
    }

    /** Places still to realise by the reference date; none once the share is reached or passed. */
    public int toGo() {
        return Math.max(0, agreed - realisedNow());
    }

    /** Realised as a share of agreed ({@code 0.5}: half); null when nothing was agreed, as no share of nothing is. */
    public Double realisedShare() {
        return agreed == 0 ? null : (double) realisedNow() / agreed;
    }

    /** The beds on each moment, the reference date first, so the latest figures lead a table of years. */
    public List<Integer> realisedNewestFirst() {
        List<Integer> newestFirst = new ArrayList<>(realised);
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;

/**
 * How a slot fared: its place in the ranking (from 1) and the counts of each answer; and the titles of the series'
 * other meetings at that time, which fixing it would overlap (allowed, as on the meeting form, but said).
 */
public record SlotResult(int rank, SlotView slot, int yes, int ifNeedBe, int no, List<String> overlapping)
        implements Serializable {

    public SlotResult {
        overlapping = List.copyOf(overlapping);
    }
}

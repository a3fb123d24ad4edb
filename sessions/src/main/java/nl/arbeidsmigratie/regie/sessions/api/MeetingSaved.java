package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;

/**
 * A meeting as saved, with the meetings of its series whose time it overlaps: allowed (two rooms, one day), but the
 * coordinator is told.
 */
public record MeetingSaved(MeetingView meeting, List<MeetingView> overlapping) implements Serializable {

    public MeetingSaved {
        overlapping = List.copyOf(overlapping);
    }

    public boolean hasWarnings() {
        return !overlapping.isEmpty();
    }
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;

/**
 * A meeting as saved, with the meetings of its series whose time it overlaps: allowed (two rooms, one day), but the
 * coordinator is told; and whether dating it by hand ended the date poll that was still open for it, which the
 * coordinator is told too, as its invitees hear nothing more of it.
 */
public record MeetingSaved(MeetingView meeting, List<MeetingView> overlapping, boolean pollEnded)
        implements Serializable {

    public MeetingSaved {
        overlapping = List.copyOf(overlapping);
    }

    public boolean hasWarnings() {
        return !overlapping.isEmpty() || pollEnded;
    }
}

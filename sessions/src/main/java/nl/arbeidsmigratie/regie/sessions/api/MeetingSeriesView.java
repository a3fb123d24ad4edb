package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;

/** A series with its meetings: the circle's own by number, then information sessions by date. */
public record MeetingSeriesView(long id, long editionId, String title, List<MeetingView> meetings, long version)
        implements Serializable {

    public MeetingSeriesView {
        meetings = List.copyOf(meetings);
    }
}

package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.nio.charset.StandardCharsets;
import nl.arbeidsmigratie.regie.platform.api.FileNames;
import nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars;
import nl.arbeidsmigratie.regie.sessions.api.MeetingPlanning;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;

/**
 * One meeting's calendar file for people signed in to the pages ({@code /app/sessions/meeting.ics?id=}): a plain
 * link, so a browser or calendar application saves it like any download. A meeting without an announced date,
 * or none at all, is not found.
 */
@WebServlet("/app/sessions/meeting.ics")
public class MeetingCalendarServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingCalendars calendars;

    @Inject
    transient MeetingPlanning planning;

    @Inject
    transient LanguageBacking languages;

    /** Named after the meeting, as people keep the file: {@code startbijeenkomst.ics}. */
    @Override
    Download find(long id) {
        // in the language the pages are shown in
        byte[] ics = calendars.meetingIcs(id, languages.getLocale().getLanguage()).getBytes(StandardCharsets.UTF_8);
        return new Download("text/calendar; charset=UTF-8",
                FileNames.slug(planning.meeting(id).title(), "bijeenkomst") + ".ics", ics);
    }
}

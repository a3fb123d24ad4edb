package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars;

/**
 * One meeting's calendar file for people signed in to the pages ({@code /app/sessions/meeting.ics?id=}): a plain
 * link, so a browser or calendar application saves it like any download. A meeting without an announced date,
 * or none at all, is not found.
 */
@WebServlet("/app/sessions/meeting.ics")
public class MeetingCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingCalendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String ics;
        try {
            ics = calendars.meetingIcs(id);
        } catch (InvalidInputException unknownOrNotAnnounced) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefusedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] body = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bijeenkomst-" + id + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

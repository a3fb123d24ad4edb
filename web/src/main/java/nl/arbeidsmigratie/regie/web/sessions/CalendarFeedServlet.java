package nl.arbeidsmigratie.regie.web.sessions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.arbeidsmigratie.regie.sessions.api.MeetingCalendars;
import nl.arbeidsmigratie.regie.web.faces.AllowingServlet;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;

/**
 * A person's calendar subscription ({@code /calendars/<token>}), outside {@code /api} because calendar applications
 * fetch it without signing in or sending a token: the secret in the address is the only key. A revoked, forged or
 * malformed address gets the same short 404 as any unknown one, in the asker's language.
 */
@WebServlet(MeetingCalendars.FEED_PATH + "*")
public class CalendarFeedServlet extends AllowingServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingCalendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = Optional.ofNullable(request.getPathInfo()).map(path -> path.substring(1)).orElse("");
        Optional<String> feed = calendars.feed(token);
        if (feed.isEmpty()) {
            // a fixed body in the asker's language: no error page that might echo the address
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(CallerLanguage.of(request).text("meetings.feed.unknown",
                    "This calendar address does not exist (any more); make a new one on the meetings page."));
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

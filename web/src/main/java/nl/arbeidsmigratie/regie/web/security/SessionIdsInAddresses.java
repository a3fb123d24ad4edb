package nl.arbeidsmigratie.regie.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;

/**
 * A session travels in its cookie only. The container still reads a session id written into an address
 * ({@code /app/home.xhtml;jsessionid=…}) although {@code web.xml} tracks sessions by cookie alone, and such an address
 * opens the signed-in session to whoever has it, from a shared link, a referrer or a log. A request naming one is
 * sent to the same address without it, before anything is shown or done, so it counts only with its own cookie.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionIdsInAddresses extends HttpFilter {

    /** The session id as the container reads it from an address: its equals sign written plainly or encoded. */
    private static final Pattern SESSION_ID = Pattern.compile(";jsessionid(=|%3d)[^/;?]*", Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL() && request.getRequestURI().startsWith(request.getContextPath()
                + "/api/")) {
            // a program is answered in the API's own form, not sent to another address
            Problem.write(response, Response.Status.BAD_REQUEST, CallerLanguage.of(request).text(
                    "error.api.session-id", "An address of the API carries no session id: the API takes a personal"
                            + " token in the Authorization header."));
            return;
        }
        if (request.isRequestedSessionIdFromURL()) {
            Optional<String> path = withoutSessionId(request.getRequestURI());
            if (path.isEmpty()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            String query = request.getQueryString();
            response.sendRedirect(path.get() + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * {@code uri} without a session id (the container leaves one written plainly out of it already, not one whose
     * equals sign is encoded), as a path on this site: two slashes at its start would name another host. Empty when
     * what is left is no path.
     */
    public static Optional<String> withoutSessionId(String uri) {
        String path = SESSION_ID.matcher(uri).replaceAll("").replaceFirst("^[/\\\\]+", "/");
        return path.startsWith("/") ? Optional.of(path) : Optional.empty();
    }
}

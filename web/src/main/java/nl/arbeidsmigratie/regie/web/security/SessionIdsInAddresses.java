package nl.arbeidsmigratie.regie.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A session travels in its cookie only. The container still reads a session id written into an address
 * ({@code /app/home.xhtml;jsessionid=…}) although {@code web.xml} tracks sessions by cookie alone, and such an address
 * opens the signed-in session to whoever has it, from a shared link, a referrer or a log. A request naming one is
 * sent to the same address without it, before anything is shown or done, so it counts only with its own cookie.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionIdsInAddresses extends HttpFilter {

    private static final Pattern SESSION_ID = Pattern.compile(";jsessionid=[^/;?]*", Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()) {
            String query = request.getQueryString();
            response.sendRedirect(SESSION_ID.matcher(request.getRequestURI()).replaceAll("")
                    + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}

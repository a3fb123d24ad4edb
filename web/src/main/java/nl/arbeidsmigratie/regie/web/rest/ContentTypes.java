package nl.arbeidsmigratie.regie.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import nl.arbeidsmigratie.regie.web.security.AcceptHeaders;

/**
 * A {@code Content-Type} under {@code /api} that names no one readable media type ({@code ;;;}, {@code text/}, two
 * headers, a charset Java does not know) is answered 415 with a problem document, as a type the operation does not
 * take is. Jersey would fail on it before any resource is chosen, and the container would answer with the pages' HTML
 * error page.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ContentTypes extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> types = Collections.list(request.getHeaders("Content-Type"));
        if (types.isEmpty() || types.size() == 1 && readable(types.get(0))) {
            chain.doFilter(request, response);
            return;
        }
        Problem.write(response, Response.Status.UNSUPPORTED_MEDIA_TYPE,
                ProblemMappers.detail(Response.Status.UNSUPPORTED_MEDIA_TYPE, CallerLanguage.of(request)));
    }

    private static boolean readable(String type) {
        return !type.isBlank() && !type.contains(",") && AcceptHeaders.readable(type);
    }
}

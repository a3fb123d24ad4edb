package nl.arbeidsmigratie.regie.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * An address under {@code /api} that is no version of the API (such as {@code /api/v2/…}) is answered 404 with a
 * problem document like every other API answer, rather than with the pages' HTML error page, which the container
 * would show since no JAX-RS application serves it.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class OutsideTheApi extends HttpFilter {

    private static final String VERSION = "/api/v1";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(VERSION) || path.startsWith(VERSION + "/")) {
            chain.doFilter(request, response);
            return;
        }
        Problem.write(response, Response.Status.NOT_FOUND, CallerLanguage.of(request).text("error.api.outside",
                "Nothing is found at this address; the API is at " + VERSION + ", see the OpenAPI document.", VERSION));
    }
}

package nl.arbeidsmigratie.regie.web.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * An error the container answers itself for an address under {@code /api} (one it will not route, such as a path
 * with an encoded slash, or a failure before JAX-RS took the request) is a problem document like every other API
 * answer, rather than the pages' HTML error page, which would also start a session.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR, asyncSupported = true)
public class ApiErrors extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String address && address.startsWith(request.getContextPath())
                ? address.substring(request.getContextPath().length()) : "";
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Response.Status status = code instanceof Integer number ? Response.Status.fromStatusCode(number) : null;
        if (status == null || status.getStatusCode() >= 500) {
            status = Response.Status.INTERNAL_SERVER_ERROR;
        }
        Problem.write(response, status, ProblemMappers.detail(status, CallerLanguage.of(request)));
    }
}

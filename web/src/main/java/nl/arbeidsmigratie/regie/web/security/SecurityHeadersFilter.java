package nl.arbeidsmigratie.regie.web.security;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Scripts are governed by the nonce-based policy PrimeFaces adds to each page
 * (primefaces.CSP); this second policy forbids framing, plugins and foreign form targets for all responses,
 * and browsers enforce both. Over https (directly, or behind a proxy that says so in {@code X-Forwarded-Proto})
 * browsers are told to use nothing else for a year. No answer but the pages' scripts, styles and images is ever
 * stored by a browser or proxy: not a signed-in page, an export or an API answer, nor a public page a secret link
 * opens (a guest's date poll with everyone's answers, a password form). Error pages get them too, also when the
 * container refuses a request before any filter runs (a page the role may not open). The {@code Server} header is
 * switched off where Payara Micro starts ({@code -Dproduct.name=}), as Payara adds it before any filter runs.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    /**
     * The headers, also for the answers the authentication mechanism gives itself: it runs before any filter, so
     * a refused API call would otherwise go without them.
     */
    static void addTo(HttpServletRequest request, HttpServletResponse response) {
        // added beside the pages' own policy, once: an error page runs through here after its request did
        if (!response.getHeaders("Content-Security-Policy").contains(POLICY)) {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}

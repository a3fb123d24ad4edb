package nl.arbeidsmigratie.regie.web.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.Page;

/**
 * One page of a list as the API answers it: the items as the body, how many there are in all in
 * {@code X-Total-Count}, and the next page's address in a {@code Link} header with {@code rel="next"} while there is
 * one (RFC 8288), so a client pages on without building addresses.
 */
public final class PagedAnswers {

    private static final String TOTAL = "X-Total-Count";

    private PagedAnswers() {
    }

    public static Response of(Page<?> page, int offset, int limit, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page.items()).header(TOTAL, page.total());
        next(page, offset, limit, uri).ifPresent(next -> answer.header(HttpHeaders.LINK, next));
        return answer.build();
    }

    /**
     * As {@link #of}, for a method that answers with the items themselves, so that the API's document describes
     * them: the headers are set on {@code response} before the items are written.
     */
    public static <T> List<T> items(Page<T> page, int offset, int limit, UriInfo uri, HttpServletResponse response) {
        response.setHeader(TOTAL, String.valueOf(page.total()));
        next(page, offset, limit, uri).ifPresent(next -> response.setHeader(HttpHeaders.LINK, next));
        return page.items();
    }

    /**
     * The next page as a path and query, which the client resolves against the address it asked (RFC 8288): never a
     * host taken from the request's Host header, which a client or a proxy in between may have set to anything.
     */
    private static Optional<String> next(Page<?> page, int offset, int limit, UriInfo uri) {
        if ((long) offset + limit >= page.total()) {
            return Optional.empty();
        }
        URI next = uri.getRequestUriBuilder().replaceQueryParam("offset", offset + limit).build();
        return Optional.of(Link.fromUri(next.getRawPath() + "?" + next.getRawQuery()).rel("next").build().toString());
    }
}

package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.arbeidsmigratie.regie.platform.api.Page;

/**
 * One page of a list as the API answers it: the items as the body, how many there are in all in
 * {@code X-Total-Count}, and the next page's address in a {@code Link} header with {@code rel="next"} while there is
 * one (RFC 8288), so a client pages on without building addresses.
 */
public final class PagedAnswers {

    private PagedAnswers() {
    }

    public static Response of(Page<?> page, int offset, int limit, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page.items()).header("X-Total-Count", page.total());
        if ((long) offset + limit < page.total()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("offset", offset + limit).build(), "next");
        }
        return answer.build();
    }
}

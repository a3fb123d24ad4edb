package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A NUL character in a query parameter (or the path, where the HTTP layer lets one through) is refused with a 400 naming the parameter, before any resource
 * runs: nothing a client means holds one, and the database refuses text with one, so a code, name or search term
 * carrying it would otherwise end as a server error. (Bodies: {@link WholeNumbers} refuses one in any text of a JSON body.)
 */
@Provider
@PreMatching
public class NulCharacters implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String parameter = request.getUriInfo().getPath(true).indexOf('\0') >= 0 ? "path" : null;
        for (Map.Entry<String, List<String>> query : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (parameter == null && (query.getKey().indexOf('\0') >= 0
                    || query.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0))) {
                parameter = query.getKey().replace('\0', '\uFFFD');
            }
        }
        if (parameter != null) {
            request.abortWith(refusal(CallerLanguage.of(headers), parameter));
        }
    }

    /** The 400 for a NUL in {@code parameter}, in the pages' words for a text with a control character. */
    static Response refusal(CallerLanguage language, String parameter) {
        return Problem.response(Response.Status.BAD_REQUEST, language.text("error.text.control-character",
                parameter + " contains a control character (U+0000)"), parameter);
    }
}

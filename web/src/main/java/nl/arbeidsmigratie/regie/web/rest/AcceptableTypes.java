package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import nl.arbeidsmigratie.regie.web.security.AcceptHeaders;

/**
 * An operation answers only in a media type the caller's {@code Accept} takes: one it gives a weight of 0
 * ({@code application/json;q=0}, also beside {@code *&#47;*}) is refused with a 406 problem document, as a type it
 * does not name is. Jersey chooses the operation by the types named, whatever their weight, and would answer JSON.
 * The problem document an operation refuses with is no answer it is asked for.
 */
@Provider
public class AcceptableTypes implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Produces produces = resource.getResourceMethod().isAnnotationPresent(Produces.class)
                ? resource.getResourceMethod().getAnnotation(Produces.class)
                : resource.getResourceClass().getAnnotation(Produces.class);
        if (produces == null) {
            return;
        }
        boolean acceptable = Arrays.stream(produces.value()).flatMap(types -> Arrays.stream(types.split(",")))
                .map(String::strip).filter(type -> !type.equals(Problem.MEDIA_TYPE))
                .anyMatch(type -> AcceptHeaders.weight(accept, type) > 0);
        if (!acceptable) {
            throw new NotAcceptableException();
        }
    }
}

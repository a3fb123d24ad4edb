package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Parameter;
import java.util.Set;
import nl.arbeidsmigratie.regie.web.faces.RecordIds;

/**
 * A number in an API path ({@code documents/{id}}, {@code versions/{number}}) is digits 0 to 9 alone, as in a page's
 * address ({@link RecordIds}). JAX-RS converts with Java's parsing, which reads the digits of other scripts and a
 * leading plus sign as a number too, so one record would have many addresses; anything else names nothing here, as a
 * path with letters where the number belongs does.
 */
@Provider
public class PathNumbers implements ContainerRequestFilter {

    private static final Set<Class<?>> NUMBERS = Set.of(long.class, Long.class, int.class, Integer.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        for (Parameter parameter : resource.getResourceMethod().getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (path != null && NUMBERS.contains(parameter.getType())) {
                String given = request.getUriInfo().getPathParameters().getFirst(path.value());
                try {
                    RecordIds.parse(given);
                } catch (NumberFormatException noRecordsNumber) {
                    throw new NotFoundException(noRecordsNumber.getMessage());
                }
            }
        }
    }
}

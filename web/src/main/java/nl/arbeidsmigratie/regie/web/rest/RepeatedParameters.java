package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;

/**
 * A query parameter an operation takes once ({@code ?municipality=}) given twice is refused naming it: JAX-RS would
 * take the first and drop the other, so which one counted would depend on the order, and a proxy or a log reading
 * the last would see another request than the application did. A parameter the operation takes as a list
 * ({@code ?status=} on enrolments) may be repeated.
 */
@Provider
public class RepeatedParameters implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        for (Parameter parameter : resource.getResourceMethod().getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query == null || Collection.class.isAssignableFrom(parameter.getType())) {
                continue;
            }
            List<String> given = request.getUriInfo().getQueryParameters().get(query.value());
            if (given != null && given.size() > 1) {
                request.abortWith(Problem.response(Response.Status.BAD_REQUEST, CallerLanguage.of(headers).detail(
                        "error.api.parameter.repeated", query.value() + " is given more than once; give it once.",
                        query.value()), query.value()));
                return;
            }
        }
    }
}

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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of a request, held against those its operation takes. One it does not take
 * ({@code ?asKnownOn=} on an export of the present, a misspelt {@code ?municipalty=}) is refused naming it: ignored, the
 * answer would read as one to the question asked, as a body's unknown field is refused for the same reason. One it
 * takes once ({@code ?municipality=}) given twice is refused too: JAX-RS would take the first and drop the other, so
 * which one counted would depend on the order, and a proxy or a log reading the last would see another request than
 * the application did. A parameter the operation takes as a list ({@code ?status=} on enrolments) may be repeated.
 */
@Provider
public class QueryParameters implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        Set<String> taken = Arrays.stream(resource.getResourceMethod().getParameters())
                .map(parameter -> parameter.getAnnotation(QueryParam.class)).filter(Objects::nonNull)
                .map(QueryParam::value).collect(Collectors.toSet());
        String unknown = given.keySet().stream().filter(name -> !taken.contains(name)).sorted().findFirst()
                .orElse(null);
        if (unknown != null) {
            request.abortWith(Problem.response(Response.Status.BAD_REQUEST, CallerLanguage.of(headers).detail(
                    "error.api.parameter.unknown", unknown + " is not a parameter of this request; see the OpenAPI"
                            + " document.", unknown), unknown));
            return;
        }
        for (Parameter parameter : resource.getResourceMethod().getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query == null || Collection.class.isAssignableFrom(parameter.getType())) {
                continue;
            }
            List<String> values = given.get(query.value());
            if (values != null && values.size() > 1) {
                request.abortWith(Problem.response(Response.Status.BAD_REQUEST, CallerLanguage.of(headers).detail(
                        "error.api.parameter.repeated", query.value() + " is given more than once; give it once.",
                        query.value()), query.value()));
                return;
            }
        }
    }
}

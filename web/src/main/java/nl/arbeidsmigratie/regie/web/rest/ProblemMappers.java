package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/** Turns refusals and bad input into problem documents instead of stack traces. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class BadParameter implements ExceptionMapper<BadParameterException> {
        @Override
        public Response toResponse(BadParameterException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.parameter());
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        private static final Set<String> UNKNOWN_IDS = Set.of("error.location.unknown", "error.count.unknown",
                "error.occupancy.unknown");

        @Override
        public Response toResponse(InvalidInputException e) {
            if (UNKNOWN_IDS.contains(e.messageKey())) {
                // the id in the path names nothing: not found rather than a bad request
                return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), e.field());
            }
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
        }
    }

    @Provider
    public static class AccessRefused implements ExceptionMapper<AccessRefusedException> {
        @Override
        public Response toResponse(AccessRefusedException e) {
            return Problem.response(Response.Status.FORBIDDEN, "You may not do this.", null);
        }
    }

    @Provider
    public static class ConcurrentChange implements ExceptionMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return Problem.response(Response.Status.CONFLICT, "Someone else changed this first; fetch it again.", null);
        }
    }

    @Provider
    public static class UnsupportedMediaType implements ExceptionMapper<NotSupportedException> {
        @Override
        public Response toResponse(NotSupportedException e) {
            return Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "This endpoint does not accept that Content-Type; see the OpenAPI document.", null);
        }
    }
}

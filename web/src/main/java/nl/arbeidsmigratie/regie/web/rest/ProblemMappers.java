package nl.arbeidsmigratie.regie.web.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/**
 * Turns refusals and bad input into problem documents instead of stack traces. Whatever else goes wrong under
 * {@code /api} is a problem document too, never the pages' HTML error page: the answers of the JAX-RS runtime
 * itself (no such path, method not allowed, …) keep their status, a body that is not JSON of the operation's shape
 * is a 400, and anything unexpected a 500 whose detail says nothing about the server; its cause goes to the log.
 * Each says so in the caller's language ({@link CallerLanguage}).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class BadParameter implements ExceptionMapper<BadParameterException> {
        @Context
        HttpHeaders headers;

        /** As {@link InvalidInput}: the pages' words for a Dutch caller, the English detail for the others. */
        @Override
        public Response toResponse(BadParameterException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    CallerLanguage.of(headers).detail(e.messageKey(), e.getMessage(), e.arguments()), e.parameter());
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        private static final Set<String> UNKNOWN_IDS = Set.of("error.location.unknown",
                "error.location.not-yet-recorded", "error.count.unknown",
                "error.occupancy.unknown",
                "error.strategy.document.unknown", "error.strategy.section.unknown", "error.strategy.version.unknown",
                "error.strategy.comment.unknown", "error.sessions.series.unknown", "error.sessions.meeting.unknown",
                "error.sessions.poll.unknown", "error.sessions.registration.unknown",
                "error.sessions.poll.guest.unknown");

        @Context
        HttpHeaders headers;

        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(InvalidInputException e) {
            String detail = detail(e);
            if (UNKNOWN_IDS.contains(e.messageKey())) {
                // the id in the path names nothing (then): not found rather than a bad request
                return Problem.response(Response.Status.NOT_FOUND, detail, pathParameter(e.field()));
            }
            return Problem.response(Response.Status.BAD_REQUEST, detail, recordOrField(e.field()), e.all().stream()
                    .map(each -> new Problem.Item(detail(each), recordOrField(each.field()))).distinct().toList());
        }

        /**
         * A step the record's state refuses names the record ({@code registration}) as the path does ({@code id});
         * a field that holds a record's number ({@code locationId}) is the body's own.
         */
        private String recordOrField(String field) {
            return field == null || field.endsWith("Id") ? field : pathParameter(field);
        }

        /**
         * The path parameter, as the OpenAPI document names it, of the record a facade calls {@code field}: the one
         * of that name, or the one that follows the collection of that record in the operation's path template
         * ({@code location} is the {@code id} of {@code locations/{id}}, {@code report} the {@code reportId}); the
         * field itself when none is.
         */
        private String pathParameter(String field) {
            if (field == null || resource == null || resource.getResourceMethod() == null) {
                return field;
            }
            String record = withoutId(field);
            String[] segments = (template(resource.getResourceClass().getAnnotation(Path.class)) + "/"
                    + template(resource.getResourceMethod().getAnnotation(Path.class))).split("/");
            List<String> names = new ArrayList<>();
            for (String segment : segments) {
                names.add(segment.startsWith("{") ? segment.substring(1, segment.length() - 1).split(":")[0].strip()
                        : null);
            }
            for (String name : names) {
                if (name != null && withoutId(name).equals(record)) {
                    return name;
                }
            }
            for (int i = 1; i < segments.length; i++) {
                if (names.get(i) != null && (segments[i - 1].equals(record) || segments[i - 1].equals(record + "s"))) {
                    return names.get(i);
                }
            }
            return field;
        }

        private static String template(Path path) {
            return path == null ? "" : path.value();
        }

        private static String withoutId(String name) {
            return name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
        }

        private String detail(InvalidInputException e) {
            return CallerLanguage.of(headers).detail(e.messageKey(), e.getMessage(), e.arguments());
        }
    }

    /** The same few words for every refusal, so it tells nothing of what exists; in the caller's language. */
    @Provider
    public static class AccessRefused implements ExceptionMapper<AccessRefusedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessRefusedException e) {
            return Problem.response(Response.Status.FORBIDDEN,
                    CallerLanguage.of(headers).text("error.forbidden", "You may not do this."), null);
        }
    }

    /** What was changed meanwhile, as the pages say it, in the caller's language. */
    @Provider
    public static class ConcurrentChange implements ExceptionMapper<ConcurrentChangeException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConcurrentChangeException e) {
            // a program has no page to reload: its own words where the pages' say so
            CallerLanguage language = CallerLanguage.of(headers);
            String fallback = language.text(e.messageKey(), "Someone else changed this first; fetch it again.");
            return Problem.response(Response.Status.CONFLICT,
                    language.text(e.messageKey() == null ? null : e.messageKey() + ".api", fallback), null);
        }
    }

    @Provider
    public static class UnsupportedMediaType implements ExceptionMapper<NotSupportedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotSupportedException e) {
            return Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    detail(Response.Status.UNSUPPORTED_MEDIA_TYPE, CallerLanguage.of(headers)), null);
        }
    }

    @Provider
    public static class RuntimeAnswer implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            CallerLanguage language = CallerLanguage.of(headers);
            if (e.getCause() instanceof NoContentException) {
                // no body at all is the same mistake as a body of null, and gets the same answer
                return Problem.response(Response.Status.BAD_REQUEST, language.detail("error.api.body.required",
                        "a JSON body is required"), "body");
            }
            Response original = e.getResponse();
            Response.Status status = Response.Status.fromStatusCode(original.getStatus());
            if (status == null || original.getStatus() >= 500) {
                return unexpected(e, language);
            }
            Response problem = Problem.response(status, detail(status, language), null);
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            return allow == null ? problem
                    : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed(allow)).build();
        }

        /** The methods Jersey names, in order, with HEAD wherever GET is: Jersey answers it, but leaves it out. */
        private static String allowed(String allow) {
            Set<String> methods = Arrays.stream(allow.split(",")).map(String::strip).filter(method -> !method.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (methods.contains(HttpMethod.GET)) {
                methods.add(HttpMethod.HEAD);
            }
            return String.join(", ", methods);
        }
    }

    /**
     * A body the JSON binding cannot read: not JSON, or a value of the wrong type for a field. The field is named by
     * its path ({@code address.kind} inside an object); a value its enum does not have also gets the values it has,
     * and a field the operation does not take is named as such.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");
        /** Yasson's words for a field the type does not have (it names the type too, which stays inside). */
        private static final Pattern UNKNOWN = Pattern.compile("^Json property (.{1,100}?) can not be mapped to a class");

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            CallerLanguage language = CallerLanguage.of(headers);
            List<String> path = new ArrayList<>();
            boolean json = false;
            boolean date = false;
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                date |= cause instanceof DateTimeParseException;
                if (cause instanceof WholeNumbers.DuplicateKey twice) {
                    // which value counts would be a guess: the caller is told which name it gave twice
                    return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.body.duplicate",
                            "The request body names " + twice.key() + " twice.", twice.key()), "body");
                }
                if (cause instanceof JsonParsingException broken && broken.getLocation() != null) {
                    // no JSON at all: where it breaks off or goes wrong is what the caller needs
                    long line = broken.getLocation().getLineNumber();
                    return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.body.syntax",
                            "The request body is no valid JSON: it breaks off or has an unexpected character on line "
                                    + line + ".", line), "body");
                }
                if (cause instanceof JsonBinding.UnknownEnumValue unknown) {
                    String field = path.isEmpty() ? "body" : String.join(".", path);
                    String allowed = String.join(", ", unknown.allowed());
                    return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.body.enum",
                            field + " must be one of " + allowed + ".", field, allowed), field);
                }
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    json = true;
                    Matcher unknown = UNKNOWN.matcher(String.valueOf(cause.getMessage()));
                    if (unknown.find()) {
                        path.add(unknown.group(1));
                        String field = String.join(".", path);
                        return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.body.unknown",
                                field + " is not a field of this request; see the OpenAPI document.", field), field);
                    }
                    // each level of a nested object names its own property first
                    Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
                    if (property.find()) {
                        path.add(property.group(1));
                    }
                }
            }
            if (!json) {
                return unexpected(e, language);
            }
            if (date && !path.isEmpty()) {
                // the value is text, but no date: say so of the field, rather than of the body's shape
                String field = String.join(".", path);
                return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.body.date",
                        field + " must be a date such as 2026-03-01.", field), field);
            }
            return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.body",
                    "The request body is not JSON of the shape this operation takes; see the OpenAPI document."),
                    path.isEmpty() ? "body" : String.join(".", path));
        }
    }

    /**
     * Anything else: a 500, except a value the database cannot hold (SQLState 22008 or 22003: a date or number
     * beyond its range), which only the request can have brought, such as a date in the year -4713 in a body.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Set<String> OUT_OF_RANGE = Set.of("22008", "22003");
        private static final int MOST_CAUSES = 32;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            CallerLanguage language = CallerLanguage.of(headers);
            Throwable cause = e;
            for (int depth = 0; cause != null && depth < MOST_CAUSES; depth++, cause = cause.getCause()) {
                if (cause instanceof SQLException sql && OUT_OF_RANGE.contains(sql.getSQLState())) {
                    return Problem.response(Response.Status.BAD_REQUEST, language.text("error.api.out-of-range",
                            "A value of the request lies beyond what can be stored, such as a date outside the years"
                                    + " 1 to 9999."), null);
                }
            }
            return unexpected(e, language);
        }
    }

    private static Response unexpected(Throwable e, CallerLanguage language) {
        LOG.log(Level.SEVERE, "unexpected failure of an API request", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                detail(Response.Status.INTERNAL_SERVER_ERROR, language), null);
    }

    /** What an answer of the runtime or the container itself says, in the caller's language where it has words. */
    static String detail(Response.Status status, CallerLanguage language) {
        return switch (status) {
            case NOT_FOUND -> language.text("error.api.not-found",
                    "Nothing is found at this address; see the OpenAPI document.");
            case METHOD_NOT_ALLOWED -> language.text("error.api.method",
                    "This address does not take that method; see the OpenAPI document.");
            case NOT_ACCEPTABLE -> language.text("error.api.not-acceptable",
                    "This address cannot answer in the media type asked for.");
            case UNSUPPORTED_MEDIA_TYPE -> language.text("error.api.media-type",
                    "This endpoint does not accept that Content-Type; see the OpenAPI document.");
            case INTERNAL_SERVER_ERROR -> language.text("error.api.unexpected",
                    "The request could not be completed because of an error on the server.");
            default -> status.getReasonPhrase() + ".";
        };
    }
}

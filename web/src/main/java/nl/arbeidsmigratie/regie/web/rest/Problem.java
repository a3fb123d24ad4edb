package nl.arbeidsmigratie.regie.web.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code parameter} names the offending request parameter, if any. When the input
 * broke more than one rule, {@code errors} lists each (the first is also the document's own detail and parameter).
 */
public record Problem(String type, String title, int status, String detail, String parameter, List<Item> errors) {

    /** One broken rule of the input: what to correct and which field. */
    public record Item(String detail, String parameter) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 413: a body larger than {@code limit} bytes; the detail names the limit. */
    public static Response tooLarge(CallerLanguage language, long limit) {
        return response(Response.Status.REQUEST_ENTITY_TOO_LARGE, language.text("error.api.body.too-large",
                "The request body is larger than the limit of " + limit + " bytes (" + megabytes(limit)
                        + "); nothing was stored", String.valueOf(limit), megabytes(limit)), "body");
    }

    /** A size in bytes for people: {@code 20 MB}, {@code 64 KB}. */
    public static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    public static Response response(Response.Status status, String detail, String parameter) {
        return response(status, detail, parameter, null);
    }

    /** As {@link #response(Response.Status, String, String)}, listing every broken rule when there are more. */
    public static Response response(Response.Status status, String detail, String parameter, List<Item> errors) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, parameter,
                        errors == null || errors.size() < 2 ? null : List.copyOf(errors)))
                .build();
    }

    /** A problem document written straight to the servlet response, for a request refused before JAX-RS takes it. */
    public static void write(HttpServletResponse response, Response.Status status, String detail) throws IOException {
        response.setStatus(status.getStatusCode());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                .add("title", status.getReasonPhrase()).add("status", status.getStatusCode()).add("detail", detail)
                .build().toString());
    }
}

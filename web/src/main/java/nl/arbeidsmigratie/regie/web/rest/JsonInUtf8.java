package nl.arbeidsmigratie.regie.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/**
 * JSON is UTF-8 (RFC 8259), whatever charset {@code Accept} asks for: Jersey would write an answer in the charset
 * asked ({@code application/json;charset=ISO-8859-1}) and turn every character that charset lacks into a question mark
 * without a word. So an answer in JSON goes out in UTF-8 and says so, as the API reads JSON only in UTF-8.
 */
@Provider
public class JsonInUtf8 implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset(StandardCharsets.UTF_8.name()));
        }
    }
}

package nl.arbeidsmigratie.regie.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every request body of the API except a CSV import is at most {@code api.max-body-bytes} (default 64 KB; JSON
 * records are small): a larger one is answered 413 with a problem document naming the limit, before anything reads
 * it as JSON. A body without a declared length is read up to one byte past the limit, never further. Imports have
 * their own, larger limit ({@code import.max-bytes}, see {@code TransfersResource}) and are streamed to disk. A
 * strategy section's text may be {@value #SECTION} bytes, room for its 200,000 characters as JSON, so that a text
 * within the section's own limit is never refused for its envelope, and a longer one is told that limit.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyLimit implements ContainerRequestFilter {

    public static final String KEY = "api.max-body-bytes";
    public static final long DEFAULT = 64 * 1024;

    /**
     * A refused body is still read, and thrown away, up to this many times its limit: a client sends its whole
     * request before it reads the answer, so it would otherwise wait for a 413 that never arrives. Beyond that the
     * connection is left to close.
     */
    public static final int DRAINED = 4;

    public static final long SECTION = 1024 * 1024;

    @Context
    HttpHeaders headers;

    private final long maxBytes = ConfigProvider.getConfig().getOptionalValue(KEY, Long.class).orElse(DEFAULT);

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!request.hasEntity() || relative.startsWith("imports/")) {
            return;
        }
        long maxBytes = relative.startsWith("strategy/sections/") ? Math.max(SECTION, this.maxBytes) : this.maxBytes;
        byte[] body = request.getLength() > maxBytes ? null
                : request.getEntityStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
        if (body == null || body.length > maxBytes) {
            discard(request.getEntityStream(), DRAINED * maxBytes);
            request.abortWith(Problem.tooLarge(CallerLanguage.of(headers), maxBytes));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** Reads and drops what is left of {@code in}, at most {@code most} bytes; never stores any of it. */
    public static void discard(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n >= 0 && read < most; n = in.read(buffer)) {
            read += n;
        }
    }
}

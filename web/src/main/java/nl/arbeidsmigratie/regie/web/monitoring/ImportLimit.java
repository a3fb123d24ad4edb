package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.arbeidsmigratie.regie.web.rest.BodyLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest CSV file an import takes, through the API and the import page alike: {@code import.max-bytes}
 * (environment {@code IMPORT_MAX_BYTES}), 20 MB unless configured. The page's multipart limit in web.xml (64 MB)
 * is only the ceiling above it.
 */
@ApplicationScoped
public class ImportLimit {

    public static final String KEY = "import.max-bytes";

    @Inject
    @ConfigProperty(name = KEY, defaultValue = "20971520")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads and drops the body of a refused import (up to {@link BodyLimit#DRAINED} times the limit). */
    public void refuse(InputStream in) throws IOException {
        BodyLimit.discard(in, BodyLimit.DRAINED * maxBytes);
    }

    /**
     * Copies {@code in} to {@code file}, at most {@link #maxBytes()} bytes; false (and the file emptied) when there
     * is more, the rest of which is read and thrown away (up to {@link BodyLimit#DRAINED} times the limit), so the
     * client, still sending, gets the refusal.
     */
    public boolean copyWithin(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                copied += read;
                if (copied > maxBytes) {
                    break;
                }
                out.write(buffer, 0, read);
            }
        }
        if (copied > maxBytes) {
            Files.write(file, new byte[0]);
            refuse(in);
            return false;
        }
        return true;
    }
}

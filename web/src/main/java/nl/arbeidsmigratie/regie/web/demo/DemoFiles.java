package nl.arbeidsmigratie.regie.web.demo;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a part's records from {@code demo/<name>} on the class path, bound by JSON-B to the part's records. */
final class DemoFiles {

    private DemoFiles() {
    }

    static <T> T read(String name, Class<T> type) {
        try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + name); Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("no demo/" + name + " on the class path");
            }
            return jsonb.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read demo/" + name + ": " + e.getMessage(), e);
        }
    }
}

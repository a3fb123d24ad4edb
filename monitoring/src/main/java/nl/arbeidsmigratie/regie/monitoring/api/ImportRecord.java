package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;

/** One imported file as the import log keeps it: what, who, when, and its rows added, corrected and unchanged. */
public record ImportRecord(ImportKind kind, String fileName, Instant importedAt, String importedBy, int rows,
                           int added, int corrected, int unchanged) implements Serializable {
}

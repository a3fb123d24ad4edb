package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;

/**
 * A finished import: {@code rows} data rows read, of which {@code added} were new, {@code corrected} replaced
 * different figures as corrections and {@code unchanged} were identical to what was current. A file imported
 * before is {@code alreadyImported}: nothing was added.
 */
public record ImportOutcome(ImportKind kind, String fileName, String sha256, long rows, long added, long corrected,
                            long unchanged, boolean alreadyImported) implements Serializable {
}

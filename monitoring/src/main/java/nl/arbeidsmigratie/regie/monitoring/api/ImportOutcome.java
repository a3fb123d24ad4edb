package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.util.List;

/**
 * A finished import: {@code rows} data rows read, of which {@code added} were new, {@code corrected} replaced
 * different figures as corrections and {@code unchanged} were identical to what was current. A file imported
 * before is {@code alreadyImported}; it is compared as any file is, so what was changed since it was read is written
 * as the file has it again. {@code notes} are what was recorded but asks for a look
 * (a report of more persons than the location has beds), by line as a refusal's problems are.
 */
public record ImportOutcome(ImportKind kind, String fileName, String sha256, long rows, long added, long corrected,
                            long unchanged, boolean alreadyImported, List<ImportProblem> notes)
        implements Serializable {

    public ImportOutcome {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}

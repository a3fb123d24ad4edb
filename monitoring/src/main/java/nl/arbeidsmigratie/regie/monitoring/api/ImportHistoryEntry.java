package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One file in the history of imports: who sent it when, and either what it added, corrected and left unchanged or,
 * for a refused file, its report ({@code problemTotal} problems, the first of them listed). An officer gets no report
 * of a file that was also about other municipalities ({@code reportWithheld}): its lines are theirs too.
 */
public record ImportHistoryEntry(ImportKind kind, String fileName, Instant at, String by, boolean refused, long rows,
                                 long added, long corrected, long unchanged, long problemTotal,
                                 List<ImportProblem> problems, boolean reportWithheld) implements Serializable {

    public ImportHistoryEntry {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}

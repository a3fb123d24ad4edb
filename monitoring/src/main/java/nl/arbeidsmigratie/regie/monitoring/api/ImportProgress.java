package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.util.List;

/**
 * Where a background import stands: rows validated in the first pass, rows written in the second; once
 * finished, either the outcome or the problems that refused the file ({@code problemTotal} counts all).
 */
public record ImportProgress(State state, long validated, long written, ImportOutcome outcome,
                             List<ImportProblem> problems, long problemTotal) implements Serializable {

    /** The stages of a background import. */
    public enum State {
        VALIDATING,
        WRITING,
        DONE,
        REFUSED,
        FAILED
    }

    public ImportProgress {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean finished() {
        return state == State.DONE || state == State.REFUSED || state == State.FAILED;
    }
}

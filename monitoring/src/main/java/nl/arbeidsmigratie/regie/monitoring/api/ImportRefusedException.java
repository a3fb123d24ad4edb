package nl.arbeidsmigratie.regie.monitoring.api;

import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/**
 * A file refused as a whole, with every problem found (the first {@link #LISTED} of them; {@code total} counts
 * all). Like any invalid input it rolls back: nothing of the file is stored.
 */
public class ImportRefusedException extends InvalidInputException {

    public static final int LISTED = 500;

    private final transient List<ImportProblem> problems;
    private final long total;
    private final transient java.util.Set<String> municipalities;

    public ImportRefusedException(List<ImportProblem> problems, long total) {
        this(problems, total, java.util.Set.of());
    }

    /** A refusal of a file whose rows, as far as they were read, were about {@code municipalities}. */
    public ImportRefusedException(List<ImportProblem> problems, long total, java.util.Set<String> municipalities) {
        super("file", "import.refused", total + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
        this.total = total;
        this.municipalities = java.util.Set.copyOf(municipalities);
    }

    public java.util.Set<String> municipalities() {
        return municipalities;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long total() {
        return total;
    }
}

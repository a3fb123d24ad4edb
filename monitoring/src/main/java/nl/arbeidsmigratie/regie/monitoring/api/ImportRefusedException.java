package nl.arbeidsmigratie.regie.monitoring.api;

import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/**
 * A file refused as a whole, with every problem found (the first {@link #LISTED} of them; {@code total} counts
 * all). Like any invalid input it rolls back: nothing of the file is stored. A file refused because someone else
 * changed the same records while it was written is {@link #concurrent()}: nothing is wrong with it, and the same file
 * read in again is checked against what is current now.
 */
public class ImportRefusedException extends InvalidInputException {

    public static final int LISTED = 500;

    private final transient List<ImportProblem> problems;
    private final long total;
    private final transient java.util.Set<String> municipalities;
    private final boolean concurrent;

    public ImportRefusedException(List<ImportProblem> problems, long total) {
        this(problems, total, java.util.Set.of());
    }

    /** A refusal of a file whose rows, as far as they were read, were about {@code municipalities}. */
    public ImportRefusedException(List<ImportProblem> problems, long total, java.util.Set<String> municipalities) {
        this(problems, total, municipalities, false);
    }

    private ImportRefusedException(List<ImportProblem> problems, long total, java.util.Set<String> municipalities,
                                   boolean concurrent) {
        super("file", "import.refused", total + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
        this.total = total;
        this.municipalities = java.util.Set.copyOf(municipalities);
        this.concurrent = concurrent;
    }

    /** A file whose rows, about {@code municipalities}, someone else changed while it was written. */
    public static ImportRefusedException changedMeanwhile(String messageKey, String detail,
                                                          java.util.Set<String> municipalities) {
        return new ImportRefusedException(List.of(new ImportProblem(0, null, messageKey, detail)), 1, municipalities,
                true);
    }

    /** True when the file was refused only because someone else changed the same records meanwhile. */
    public boolean concurrent() {
        return concurrent;
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

package nl.arbeidsmigratie.regie.web.monitoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;

/**
 * The problems of an import report as the page lists them: consecutive lines refused for the same reason in the same
 * column with the same value are one row ("regels 2–20001"), so a file of another municipality, or a column wrong on
 * every line, reads as one finding rather than hundreds of identical rows.
 */
public final class ProblemRuns {

    private ProblemRuns() {
    }

    /** One problem, standing for itself and the lines after it up to {@code lastLine} that had the same. */
    public record Run(ImportProblem problem, long lastLine) implements Serializable {

        /** The line, or the first and last of the run. */
        public String lines() {
            return lastLine == problem.line() ? String.valueOf(problem.line()) : problem.line() + "–" + lastLine;
        }
    }

    static List<Run> of(List<ImportProblem> problems) {
        List<Run> runs = new ArrayList<>();
        for (ImportProblem problem : problems) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && problem.line() > 0 && problem.line() == last.lastLine() + 1
                    && same(last.problem(), problem)) {
                runs.set(runs.size() - 1, new Run(last.problem(), problem.line()));
            } else {
                runs.add(new Run(problem, problem.line()));
            }
        }
        return runs;
    }

    private static boolean same(ImportProblem a, ImportProblem b) {
        return a.line() > 0 && Objects.equals(a.column(), b.column()) && a.messageKey().equals(b.messageKey())
                && a.arguments().equals(b.arguments()) && Objects.equals(a.value(), b.value());
    }
}

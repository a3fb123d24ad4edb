package nl.arbeidsmigratie.regie.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import org.junit.jupiter.api.Test;

class ProblemRunsTest {

    @Test
    void consecutiveLinesWithTheSameFindingAreOneRowAndAnyDifferenceStartsAnother() {
        List<ImportProblem> problems = List.of(
                new ImportProblem(0, null, "import.file.encoding", List.of(), "not UTF-8", null),
                forbidden(2), forbidden(3), forbidden(4),
                new ImportProblem(5, "personen", "import.value.number", List.of("veel"), "not a number", "veel"),
                forbidden(6), forbidden(8),
                new ImportProblem(9, "gemeentecode", "import.forbidden", List.of(), "not yours", "GM0518"));

        assertThat(ProblemRuns.of(problems)).extracting(ProblemRuns.Run::lines)
                .containsExactly("0", "2–4", "5", "6", "8", "9");
        assertThat(ProblemRuns.of(problems).get(1).problem()).isEqualTo(forbidden(2));
        assertThat(ProblemRuns.of(List.of())).isEmpty();
    }

    private static ImportProblem forbidden(long line) {
        return new ImportProblem(line, "gemeentecode", "import.forbidden", List.of(), "not yours", "GM1892");
    }
}

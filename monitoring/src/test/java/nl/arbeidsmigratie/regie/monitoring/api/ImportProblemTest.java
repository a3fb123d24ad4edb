package nl.arbeidsmigratie.regie.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

    @Test
    void aPastedPageInACellIsKeptAsTheStartOfItWhereverTheProblemQuotesIt() {
        String page = "A".repeat(5_000_000);
        ImportProblem problem = new ImportProblem(2, "bag_id" + page, "import.value.number", List.of(page),
                "no location with BAG id " + page, page);
        assertThat(problem.value()).hasSize(81).endsWith("A…");
        assertThat(problem.column()).hasSize(81).startsWith("bag_idAAA");
        assertThat(problem.arguments()).as("what the product says there may be longer than a cell, never a page")
                .singleElement().asString().hasSize(1001);
        assertThat(problem.detail()).hasSize(301).startsWith("no location with BAG id AAA").endsWith("…");
    }

    @Test
    void aRefusedFilesHistoryKeepsNoColumnNameThatHoldsPersonalData() {
        ImportProblem header = new ImportProblem(1, "BSN 123456782", "import.header.unknown",
                List.of("BSN 123456782"), "unknown column", null);
        assertThat(header.withoutCell()).extracting(ImportProblem::column, ImportProblem::arguments)
                .containsExactly(ImportProblem.NOT_KEPT, List.of(ImportProblem.NOT_KEPT));
        ImportProblem plain = new ImportProblem(1, "opmerking", "import.header.unknown", List.of("opmerking"),
                "unknown column", null);
        assertThat(plain.withoutCell()).isSameAs(plain);
    }

    @Test
    void whatFitsStaysWholeAndWhatWasShortenedStaysAsItIs() {
        ImportProblem problem = new ImportProblem(3, "persons", "import.value.number", List.of("veel"),
                "not a whole number: veel", "veel");
        assertThat(problem).isEqualTo(new ImportProblem(3, "persons", "import.value.number", List.of("veel"),
                "not a whole number: veel", "veel"));
        String shortened = ImportProblem.shown("B".repeat(200));
        assertThat(ImportProblem.shown(shortened)).isEqualTo(shortened);
    }

    @Test
    void argumentsKeptAsTextAreNumbersAgainForTheMessage() {
        ImportProblem problem = new ImportProblem(2, "floor_area", "error.location.decimals", List.of("1", "12,55"),
                "floorArea has more than 1 decimals", "12.55");
        assertThat(problem.messageArguments()).containsExactly(1L, "12,55");
        assertThat(new ImportProblem(3, "reference_date", "error.occupancy.after-closing", List.of("2025-03-01"),
                "closed").messageArguments()).containsExactly(java.time.LocalDate.of(2025, 3, 1));
        assertThat(MessageFormat.format("at most {0,choice,1#one decimal|1<{0,number,integer} decimals}",
                problem.messageArguments())).isEqualTo("at most one decimal");
        assertThat(new ImportProblem(4, "bag_id", "import.value.bag-id", List.of("178301000099100"), "not a BAG id")
                .messageArguments()).as("an identifier as written").containsExactly("178301000099100");
        assertThat(new ImportProblem(5, "bag_id", "import.value.bag-id", List.of("0518"), "not a BAG id")
                .messageArguments()).containsExactly("0518");
        assertThat(new ImportProblem(6, "peildatum", "import.value.date", List.of("46054"), "not a date", "46054")
                .messageArguments()).as("the cell quoted as the file has it, no 46.054").containsExactly("46054");
    }
}

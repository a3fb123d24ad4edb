package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import org.junit.jupiter.api.Test;

/** Reading import files: separators, BOM, Dutch and English names, and the line of what cannot be read. */
class CsvRowsTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<CsvRows.Row> read(byte[] bytes) throws IOException {
        List<CsvRows.Row> rows = new ArrayList<>();
        try (CsvRows csv = CsvRows.open(new ByteArrayInputStream(bytes), RowImport.of(ImportKind.OCCUPANCY).columns(),
                problems::add)) {
            if (csv != null) {
                for (CsvRows.Row row = csv.next(problems::add); row != null; row = csv.next(problems::add)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private List<CsvRows.Row> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderOfThousandsOfColumnsIsRefusedAsSuchWithoutReadingOn() throws IOException {
        String wide = IntStream.range(0, 20_000).mapToObj(i -> "c" + i)
                .collect(Collectors.joining(";"));
        assertThat(read(wide + "\n1;2\n")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.header.oversized");
            assertThat(p.arguments()).containsExactly("10000");
        });

        problems.clear();
        String many = "bag_id;" + IntStream.range(0, 300).mapToObj(i -> "x" + i)
                .collect(Collectors.joining(";"));
        assertThat(read(many + "\n1;2\n")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.header.too-wide");
            assertThat(p.arguments()).containsExactly("301", "200");
        });
    }

    @Test
    void unnamedColumnsAndRowsOfSeparatorsOnlyAreLeftOut() throws IOException {
        List<CsvRows.Row> rows = read("bag_id;peildatum;personen;;\n;;;;\n0518010000000001;2024-01-01;12;;\n;;;;\n");
        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.get("persons")).isEqualTo("12");
        });
    }

    @Test
    void emptyLinesAndRowsAboveTheHeaderAreSkippedAndEachRecordKeepsItsLineInTheFile() throws IOException {
        List<CsvRows.Row> rows = read("\n  \r\n;;;\nbag_id;peildatum;personen\n0518010000000001;2024-01-01;12\n");
        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.get("persons")).isEqualTo("12");
        });

        rows = read("\nsep=,\nbag_id,peildatum,personen\n0518010000000001,2024-01-01,7\n"
                + "0518010000000002,2024-01-01,8\n");
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(4L, 5L);
        assertThat(problems).isEmpty();

        rows = read("Locaties Westland per 1 januari 2025;;;\n;;;\nbag_id;peildatum;personen\n"
                + "0518010000000001;2024-01-01;9\n");
        assertThat(rows).extracting(CsvRows.Row::line).as("a spreadsheet's title in its first cell")
                .containsExactly(4L);
        rows = read("Bezetting Westland, eerste kwartaal;2024\nbag_id;peildatum;personen\n"
                + "0518010000000001;2024-01-01;9\n");
        assertThat(rows).extracting(CsvRows.Row::line).as("a title of two values above known names")
                .containsExactly(3L);
        assertThat(problems).isEmpty();
        read("adres;aantal\r" + "x".repeat(300_000) + ";1\r\n");
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey)
                .as("a header of the person's own names above a long row").contains(
                        org.assertj.core.groups.Tuple.tuple(1L, "import.header.unknown"));
        problems.clear();
        rows = read("sep=;\n\nbag_id;peildatum;personen\n0518010000000001;2024-01-01;9\n");
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(4L);
        assertThat(problems).isEmpty();

        assertThat(read("\n\n;;\n\n")).isEmpty();
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("import.header.missing");
        problems.clear();
        assertThat(read("\nbag_id|peildatum|personen\n0518010000000001|2024-01-01|9\n")).isEmpty();
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey).as("no line with two values")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "import.separator.none"));
    }

    @Test
    void aValueInAColumnWithoutANameIsReportedNotDropped() throws IOException {
        List<CsvRows.Row> rows = read("bag_id;peildatum;personen;\n0518010000000001;2024-01-01;12;iets\n"
                + "0518010000000002;2024-01-01;8;\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.column.nameless");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.arguments()).containsExactly("4", "iets");
        });
        assertThat(rows).extracting(CsvRows.Row::line).as("the other row is read as ever").contains(3L);
    }

    @Test
    void readsDutchNamesWithSemicolonsAndEnglishNamesWithCommasAlike() throws IOException {
        List<CsvRows.Row> dutch = read("BAG_ID;Peildatum;personen\n0518010000000001;2024-01-01;12\n");
        List<CsvRows.Row> english = read("bag_id,reference_date,persons\n0518010000000001,2024-01-01,12\n");
        assertThat(problems).isEmpty();
        assertThat(dutch).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.get("persons")).isEqualTo("12");
        });
        assertThat(english.get(0).values()).isEqualTo(dutch.get(0).values());
        assertThat(dutch.get(0).dutchNumbers()).isTrue();
        assertThat(english.get(0).dutchNumbers()).isFalse();
    }

    @Test
    void readsCellsSeparatedByTabsAsCopiedFromASpreadsheetAndRefusesTabsMixedWithSemicolons() throws IOException {
        List<CsvRows.Row> tabs = read("bag_id\tpeildatum\tpersonen\n0518010000000001\t2024-01-01\t 12 \n");
        assertThat(problems).isEmpty();
        assertThat(tabs).singleElement().satisfies(r -> assertThat(r.get("persons")).isEqualTo("12"));
        // "Unicode text" of a spreadsheet set to Dutch writes numbers the Dutch way, as its semicolon files do
        assertThat(tabs.get(0).dutchNumbers()).isTrue();
        assertThat(read("bag_id\treference_date\tpersons\n0518010000000001\t2024-01-01\t12\n").get(0)
                .dutchNumbers()).as("under English names").isFalse();

        read("bag_id\tpeildatum;personen\n");
        read("bag_id\tpeildatum\tpersonen\n0518010000000001;2024-01-01;12\n");
        assertThat(problems).extracting(ImportProblem::messageKey, ImportProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import.separator.mixed", 1L),
                org.assertj.core.groups.Tuple.tuple("import.separator.mixed", 2L));
    }

    @Test
    void aCommaInATextIsNoMixedSeparatorInARowOfTheRightWidthOrOneWithoutItsLastValues() throws IOException {
        List<CsvRows.Row> rows = read("bag_id;peildatum;personen;locatienaam\n"
                + "0518010000000001;2024-01-01;12;Gemeente, afdeling BRP;\n"
                + "0518010000000002;2024-01-01;3,5\n");
        assertThat(problems).isEmpty();
        assertThat(rows).extracting(r -> r.get("persons")).containsExactly("12", "3,5");

        // a line break inside a value is a line feed, however the file's lines end
        assertThat(read("bag_id;peildatum;personen;locatienaam\r\n1;2024-01-01;3;\"Pension\r\n't Hoekje\"\r\n"))
                .singleElement().satisfies(r -> assertThat(r.get("location_name")).isEqualTo("Pension\n't Hoekje"));

        read("bag_id;peildatum;personen\n0518010000000001;2024-01-01;1.234,5;7\n");
        assertThat(problems).extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import.columns.count", List.of("4", "3")));
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        byte[] text = "personen;peildatum;bag_id\n3;2024-01-01;0518010000000001\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(read(withBom)).singleElement().satisfies(r -> assertThat(r.get("persons")).isEqualTo("3"));
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesHeadersItCannotUse() throws IOException {
        read("bag_id;peildatum,personen\n");
        read("bag_id;peildatum;personen;Nationaliteit\n");
        read("bag_id;peildatum;personen;kleur\n");
        read("bag_id;peildatum\n");
        read("bag_id;peildatum;personen;persons\n");
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "import.separator.mixed"),
                org.assertj.core.groups.Tuple.tuple(1L, "import.header.personal"),
                org.assertj.core.groups.Tuple.tuple(1L, "import.header.unknown"),
                org.assertj.core.groups.Tuple.tuple(1L, "import.header.required"),
                org.assertj.core.groups.Tuple.tuple(1L, "import.header.duplicate"));
        assertThat(problems.get(problems.size() - 1).arguments()).as("the other of the two, in either language")
                .containsExactly("personen", "3");
    }

    @Test
    void twoColumnsMappedToOneMeaningAreSaidToBeSoNotToBeOneColumnTwice() throws IOException {
        try (CsvRows csv = CsvRows.open(new ByteArrayInputStream("bag_id;peildatum;Aantal;Totaal\n".getBytes(
                StandardCharsets.UTF_8)), StandardCharsets.UTF_8, RowImport.of(ImportKind.OCCUPANCY).columns(),
                java.util.Map.of("aantal", "persons", "totaal", "persons"), problems::add)) {
            assertThat(csv).isNull();
        }
        assertThat(problems).extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import.mapping.duplicate", List.of("Aantal", "Totaal")));
    }

    @Test
    void aMissingColumnIsNamedInTheLanguageOfTheHeader() throws IOException {
        read("bag_id;peildatum\n");
        read("bag_id;reference_date\n");
        assertThat(problems).extracting(ImportProblem::column).containsExactly("personen", "persons");
    }

    @Test
    void namesTheLineOfAMixedSeparatorAndOfAQuoteThatNeverCloses() throws IOException {
        read("bag_id;peildatum;personen\n1;2024-01-01;3\n1,2024-01-02,3\n1;\"2024-01-03;3\n1;2024-01-04;3\n");
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "import.separator.mixed"),
                org.assertj.core.groups.Tuple.tuple(4L, "import.quote.broken"));
    }

    @Test
    void refusesAHeaderWithABrokenQuoteAsSuchWithoutTheParsersWords() throws IOException {
        for (String header : new String[] {"\"bag_id;peildatum;personen\n", "bag_id;\"peildatum\n",
            "\"bag_id\"x;peildatum;personen\n1;2;3\n"}) {
            problems.clear();
            assertThat(read(header)).as(header).isEmpty();
            assertThat(problems).as(header).extracting(ImportProblem::line, ImportProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "import.quote.broken"));
            assertThat(problems.get(0).detail()).doesNotContain("EOF").doesNotContain("startline");
        }
    }

    @Test
    void aRecordIsNamedByTheLineItStartsOnAlsoWhenAQuotedValueSpansLinesOrEmptyLinesComeBefore() throws IOException {
        List<CsvRows.Row> rows = read("bag_id,reference_date,persons,location_name\n"
                + "0518010000000001,2024-01-01,3,\"EN Probe \"\"Quoted\"\"\nSecond line\"\n"
                + "\n\n"
                + "0518010000000002,2024-01-01,4,\"A\r\nB\r\nC\"\n"
                + "0518010000000003,2024-01-01,5,\n");
        assertThat(problems).isEmpty();
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2L, 6L, 9L);
        assertThat(rows.get(0).get("location_name")).isEqualTo("EN Probe \"Quoted\"\nSecond line");

        read("bag_id;peildatum;personen\n\"1\n\";2024-01-01;3;4;5;6\n");
        assertThat(problems).extracting(ImportProblem::line).as("a row too wide, at its first line").containsExactly(2L);
    }

    @Test
    void refusesBytesThatAreNotUtf8() throws IOException {
        read(new byte[] {'b', 'a', 'g', '_', 'i', 'd', ';', 'p', (byte) 0xE9, ';', 'x', '\n'});
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("import.encoding");
    }

    @Test
    void manyLongKeysAreEachKeptOnceWithTheLineTheyCameFirstOn() {
        FirstLines lines = new FirstLines();
        for (long key = 0; key < 100_000; key++) {
            assertThat(lines.putIfAbsent(key * 7919, key + 2)).isEqualTo(-1);
        }
        assertThat(lines.putIfAbsent(7919L * 500, 100_003)).isEqualTo(502);
        assertThat(lines.putIfAbsent(7919L * 500, 100_004)).as("still the first line").isEqualTo(502);
    }
}

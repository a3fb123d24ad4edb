package nl.arbeidsmigratie.regie.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+31 6 1234", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)",
        "\tindented", "\rreturn", "=1", "-", "-3-", "--3"})
    void aCellThatASpreadsheetReadsAsAFormulaGetsALeadingQuote(String value) {
        assertThat(SpreadsheetCsv.cell(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pension De Hoek", "2026-05-14", "3", "'quoted", "a=b", " =leading space", ""})
    void anOrdinaryCellStaysAsItIs(String value) {
        assertThat(SpreadsheetCsv.cell(value)).isEqualTo(value);
    }

    @Test
    void numbersStayNumbersNegativeOnesToo() {
        assertThat(SpreadsheetCsv.cell(-3)).isEqualTo(-3);
        assertThat(SpreadsheetCsv.cell(new BigDecimal("-4.25"))).isEqualTo(new BigDecimal("-4.25"));
        assertThat(SpreadsheetCsv.cell("-3")).isEqualTo("-3");
        assertThat(SpreadsheetCsv.cell("-52.0781")).isEqualTo("-52.0781");
        assertThat(SpreadsheetCsv.cell("-52,0781")).as("a Dutch decimal").isEqualTo("-52,0781");
        assertThat(SpreadsheetCsv.cell("-1,2,3")).isEqualTo("'-1,2,3");
        assertThat(SpreadsheetCsv.cell("-1.5E10")).isEqualTo("-1.5E10");
        assertThat(SpreadsheetCsv.cell(null)).isNull();
    }

    @Test
    void aTextStartingWithAQuoteBeforeAFormulaGetsOneMore() {
        assertThat(SpreadsheetCsv.cell("'=x")).isEqualTo("''=x");
        assertThat(SpreadsheetCsv.cell("'-3")).isEqualTo("''-3");
    }

    @Test
    void aFormulaAfterASeparatorInsideACellGetsAQuoteSoNoSpreadsheetSplitsItOff() throws IOException {
        assertThat(SpreadsheetCsv.cell("Probe,=2+2")).isEqualTo("Probe,'=2+2");
        assertThat(SpreadsheetCsv.cell("x;\"@SUM(A1)")).isEqualTo("x;'\"@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("regel\n+31 6")).isEqualTo("regel\n'+31 6");
        assertThat(SpreadsheetCsv.cell("=a,=b")).isEqualTo("'=a,'=b");
        assertThat(SpreadsheetCsv.cell("Westland, - onbekend")).isEqualTo("Westland, - onbekend");
        assertThat(SpreadsheetCsv.cell("52,0781")).isEqualTo("52,0781");

        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.writingTo(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord("GM1783", "Probe,=2+2", "Tab\t=1+1", "x,\"=1+1\"", 3);
        }
        for (char separator : new char[] {',', '\t'}) {
            List<String> cells = CSVFormat.DEFAULT.builder().setDelimiter(separator).get()
                    .parse(new StringReader(out.toString())).getRecords().get(0).toList();
            assertThat(cells).as("read by a spreadsheet splitting on '" + separator + "': " + cells)
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "'=x", "''@y", "'-3", "-3", "'quoted", "\tindented",
        "plain", "+31", "@", "'", "Probe,=2+2", "a;'=b", "a,''\"-c", "=a,=b", "x\r\n@y", "a,'b"})
    void whatIsRestoredIsWhatWasWritten(String value) {
        assertThat(SpreadsheetCsv.restored(String.valueOf(SpreadsheetCsv.cell(value)))).isEqualTo(value);
    }

    @Test
    void restoringLeavesQuotesThatNoWriterAdded() {
        assertThat(SpreadsheetCsv.restored("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetCsv.restored("'")).isEqualTo("'");
        assertThat(SpreadsheetCsv.restored(null)).isNull();
    }

    @Test
    void aWrittenFileReadsBackAsTheValuesWithTheHeaderAsItIs() throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.writingTo(out, CSVFormat.DEFAULT.builder()
                .setHeader("name", "beds").get())) {
            csv.printRecord("=HYPERLINK(\"http://x\")", -3);
            csv.printRecord("Pension, \"De Hoek\"", null);
        }
        assertThat(out.toString()).startsWith("name,beds\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n");

        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(out.toString()))) {
            rows.add(record.stream().map(SpreadsheetCsv::restored).toList());
        }
        assertThat(rows).containsExactly(List.of("name", "beds"), List.of("=HYPERLINK(\"http://x\")", "-3"),
                List.of("Pension, \"De Hoek\"", ""));
    }
}

package nl.arbeidsmigratie.regie.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encodings municipalities' spreadsheets save CSV in are read; what is not CSV text is refused up front. */
class CsvEncodingTest {

    private static final String TEXT = "gemeentecode;bron\nGM1783;Café ’t Hoekje\n";

    @TempDir
    Path dir;

    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void utf8WithOrWithoutBomAndWindows1252AreRead() throws Exception {
        assertThat(of(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(of(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(of(TEXT.getBytes(Charset.forName("windows-1252")))).isEqualTo(CsvEncoding.WINDOWS_1252);
        assertThat(of(TEXT.getBytes(StandardCharsets.UTF_16))).as("big-endian, with its mark")
                .isEqualTo(StandardCharsets.UTF_16);
        assertThat(of(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE))).as("little-endian, as Excel saves it")
                .isEqualTo(StandardCharsets.UTF_16);
        assertThat(of(("\uFEFF\r\n\t\t\r\n" + TEXT).getBytes(StandardCharsets.UTF_16LE)))
                .as("empty rows above the header").isEqualTo(StandardCharsets.UTF_16);
        assertThat(problems).isEmpty();
    }

    @Test
    void utf16WithoutItsMarkAndBinaryAreRefusedWithHowToSaveIt() throws Exception {
        assertThat(of(TEXT.getBytes(StandardCharsets.UTF_16BE))).isNull();
        assertThat(of(TEXT.getBytes(StandardCharsets.UTF_16LE))).isNull();
        assertThat(of("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1))).as("a PDF").isNull();
        assertThat(of(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).as("a zip, as an Excel file is").isNull();
        assertThat(of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})).as("an image").isNull();
        assertThat(problems).hasSize(5).extracting(ImportProblem::messageKey)
                .containsOnly("import.encoding.unsupported");
    }

    @Test
    void bytesAfterAUtf16MarkThatAreNoTextAreRefusedAsAWholeFileNotAsAnEmptyOne() throws Exception {
        assertThat(of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'g', 'a', 'r', 'b', 'a', 'g', 'e'})).isNull();
        assertThat(of(new byte[] {(byte) 0xFF, (byte) 0xFE})).as("the mark alone, as a shell cuts the rest at its NUL")
                .isNull();
        assertThat(of(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0, 0, 'a'})).as("no UTF-16 at all").isNull();
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::messageKey).containsOnly(
                org.assertj.core.groups.Tuple.tuple(0L, "import.encoding.unsupported"));
        assertThat(problems).hasSize(3);
    }

    @Test
    void aNulInADataLineIsLeftToTheColumnsRules() throws Exception {
        assertThat(of("gemeentecode;bron\nGM1783;a\u0000b\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void bytesNeitherEncodingDefinesAreRefused() throws Exception {
        assertThat(of(new byte[] {'a', ';', 'b', '\n', (byte) 0xC3, (byte) 0x81, (byte) 0x8D, (byte) 0xFF})).isNull();
        assertThat(problems).extracting(ImportProblem::messageKey).containsOnly("import.encoding");
    }

    @Test
    void utf8LettersAndAWindows1252ByteFurtherOnAreRefusedNamingTheLine() throws Exception {
        byte[] utf8 = "gemeentecode;bron\nGM1783;Café De Zon\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows = "GM1783;Gemeente \u2013 BRP\n".getBytes(Charset.forName("windows-1252"));
        byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + windows.length);
        System.arraycopy(windows, 0, mixed, utf8.length, windows.length);
        assertThat(of(mixed)).isNull();
        assertThat(problems).extracting(ImportProblem::messageKey, ImportProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.encoding.mixed", 3L));
    }

    private Charset of(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("f" + System.nanoTime() + ".csv"), bytes);
        return CsvEncoding.of(file, problems::add);
    }
}

package nl.arbeidsmigratie.regie.monitoring.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;

/**
 * Which encoding an import file is in. Spreadsheets save CSV as UTF-8 (with or without BOM) or, on Dutch Windows,
 * as Windows-1252, and "Unicode text" as UTF-16 with its byte order mark; the first two are told apart for certain,
 * since Windows-1252 text with any letter beyond ASCII is almost never valid UTF-8. A file with a control character
 * in its header line (a spreadsheet's own format, or UTF-16 without its mark) or with bytes Windows-1252 does not
 * define is refused with a problem that says how to
 * save it, before anything of it is read, and so is a file with UTF-8 letters and bytes that are no UTF-8 (lines
 * pasted together from files saved differently), which would be stored garbled whichever way it was read. A NUL further on is a character like any other, which the rules of the
 * column it is in refuse with that column named.
 */
public final class CsvEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvEncoding() {
    }

    /** The first four bytes of a file, as binary formats whose first line has no control character begin. */
    private static final List<String> BINARY_STARTS = List.of("%PDF", "\u0089PNG", "GIF8");

    private static boolean startsWithUtf16Mark(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] mark = in.readNBytes(2);
            return mark.length == 2 && ((mark[0] & 0xFF) == 0xFE && (mark[1] & 0xFF) == 0xFF
                    || (mark[0] & 0xFF) == 0xFF && (mark[1] & 0xFF) == 0xFE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the first line after a UTF-16 mark with anything on it can be a header: names and separators hold the
     * basic Latin alphabet's characters, which other bytes (0xFF 0xFE and anything) decode to only by chance, and never
     * to none.
     */
    private static boolean headerIsText(Path file) {
        try (java.io.Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_16
                .newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT))) {
            boolean latin = false;
            for (int i = 0, c = in.read(); i < CsvRows.MAX_HEADER_CHARS && c >= 0 && !(c == '\n' && latin);
                 i++, c = in.read()) {
                if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                    return false;
                }
                latin |= c > 0x20 && c < 0x7F;
            }
            return latin;
        } catch (java.nio.charset.CharacterCodingException notUtf16) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsAsBinary(byte[] buffer) {
        String start = new String(buffer, 0, 4, StandardCharsets.ISO_8859_1);
        return BINARY_STARTS.contains(start);
    }

    /** The encoding of {@code file}, or null after reporting why it cannot be read. */
    public static Charset of(Path file, Consumer<ImportProblem> problems) {
        if (startsWithUtf16Mark(file)) {
            // a spreadsheet's "Unicode text": the decoder takes the byte order from the mark and refuses what is none
            if (headerIsText(file)) {
                return StandardCharsets.UTF_16;
            }
            problems.accept(new ImportProblem(0, null, "import.encoding.unsupported",
                    "bytes after a UTF-16 byte order mark that are no header, not CSV text"));
            return null;
        }
        boolean utf8 = true;
        boolean windows = true;
        int continuation = 0;
        long offset = 0;
        boolean header = true;
        // a valid UTF-8 letter beyond ASCII, and the line of the first byte that is no UTF-8
        long line = 1;
        boolean sequenceOk = true;
        long utf8Letters = 0;
        long firstInvalidLine = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++, offset++) {
                    int b = buffer[i] & 0xFF;
                    header &= b != '\n';
                    if (b == '\n') {
                        line++;
                    }
                    // a header holds names and separators: a control character there (as in most binary files and
                    // UTF-16 without its byte order mark) or the first bytes of a PDF or an image say it is no text
                    boolean control = b < 0x20 && b != '\t' && b != '\r' && b != '\n';
                    if ((control && header) || (offset == 3 && i == 3 && startsAsBinary(buffer))) {
                        problems.accept(new ImportProblem(0, null, "import.encoding.unsupported",
                                "a binary file or UTF-16 without byte order mark, not CSV text"));
                        return null;
                    }
                    if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                        windows = false;
                    }
                    boolean wasOk = utf8;
                    if (continuation > 0) {
                        sequenceOk &= (b & 0xC0) == 0x80;
                        utf8 &= sequenceOk;
                        if (--continuation == 0 && sequenceOk) {
                            utf8Letters++;
                        }
                    } else if (b >= 0x80) {
                        continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                        sequenceOk = continuation > 0;
                        if (continuation < 0) {
                            utf8 = false;
                            continuation = 0;
                        }
                    }
                    if (wasOk && !utf8) {
                        firstInvalidLine = line;
                    }
                }
                if (!utf8 && !windows || !utf8 && utf8Letters > 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (utf8 && continuation == 0) {
            return StandardCharsets.UTF_8;
        }
        if (windows && utf8Letters == 0) {
            return WINDOWS_1252;
        }
        if (windows) {
            // UTF-8 letters before a byte that is none: lines pasted together from files saved differently, which
            // read either way would store some letters garbled
            problems.accept(new ImportProblem(firstInvalidLine, null, "import.encoding.mixed",
                    java.util.List.of(String.valueOf(firstInvalidLine)),
                    "UTF-8 and another encoding mixed, from line " + firstInvalidLine));
            return null;
        }
        problems.accept(new ImportProblem(0, null, "import.encoding", "neither UTF-8 nor Windows-1252"));
        return null;
    }
}

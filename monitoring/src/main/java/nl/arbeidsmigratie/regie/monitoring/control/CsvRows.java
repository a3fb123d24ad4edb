package nl.arbeidsmigratie.regie.monitoring.control;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.SpreadsheetCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file row by row without holding it in memory, in the encoding {@link CsvEncoding} found, the
 * separator ({@code ;}, {@code ,} or a tab) taken from the header line, columns matched by
 * their English or Dutch names or by the person's own names for them (a mapping, which may also ignore a column). What
 * cannot be read (header, encoding, a broken quote, a row of the wrong width) is reported as a problem with
 * its line; reading stops where the file can no longer be trusted. A value our export wrote as text for
 * spreadsheets ({@code '=…}) is read as it was ({@code =…}).
 */
public final class CsvRows implements Closeable {

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final String QUOTE_BROKEN = "a quote is opened and not closed, or text follows a closing quote";

    /**
     * The most columns a header may have: every import has fewer than twenty of its own, and an export with some
     * columns to spare stays far below; a header of thousands is no data file and would be a problem per column.
     */
    static final int MAX_COLUMNS = 200;
    /** The longest header line: {@link #MAX_COLUMNS} columns with long names, and within what is read ahead. */
    static final int MAX_HEADER_CHARS = 10_000;
    /** What separates values: a spreadsheet set to Dutch writes {@code ;}, others {@code ,}, copied cells tabs. */
    private static final String SEPARATORS = ";,\t";
    /**
     * A column's name as a header is matched by it and a person's mapping is keyed by it: in any case and spacing,
     * without characters that take no room, which a name pasted from a document carries unseen.
     */
    public static String columnName(String raw) {
        return FreeText.compared(FreeText.withoutInvisible(raw));
    }

    /** The lines looked at for the header: empty rows, a title and Excel's separator line come before it. */
    private static final int MOST_LINES_BEFORE_HEADER = 20;
    /** The first line Excel writes, and reads, to name a file's separator. */
    private static final Pattern SEPARATOR_HINT = Pattern.compile("(?i)sep=([;,\t])[;,\t]*");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char separator;
    /** Whether the file writes numbers the Dutch way: {@link Row#dutchNumbers}. */
    private final boolean dutchNumbers;
    private final String[] canonical;
    private final Map<String, String> asNamed = new HashMap<>();
    /** The columns whose header is empty: a spreadsheet leaves them empty; a value in one was meant but has no name. */
    private final List<Integer> nameless = new ArrayList<>();
    /** The lines before the header: empty ones, a title, Excel's {@code sep=;} line, or none. */
    private final long skipped;
    /** The lines up to the end of the last record read, the header's included. */
    private long linesRead;

    private CsvRows(CSVParser parser, long skipped, char separator, boolean dutchNumbers, String[] canonical) {
        this.parser = parser;
        this.skipped = skipped;
        this.linesRead = parser.getCurrentLineNumber() + skipped;
        this.records = parser.iterator();
        this.separator = separator;
        this.dutchNumbers = dutchNumbers;
        this.canonical = canonical;
        for (String name : canonical) {
            asNamed.put(name, name);
        }
    }

    /**
     * Opens {@code in} for the given columns; returns null after reporting the problems when the header cannot be
     * used, so no data row is read from such a file.
     */
    public static CsvRows open(InputStream in, List<ImportColumn> columns, Consumer<ImportProblem> problems)
            throws IOException {
        return open(in, StandardCharsets.UTF_8, columns, Map.of(), problems);
    }

    /**
     * As {@link #open(InputStream, List, Consumer)} in {@code charset}, with {@code mapping} from a header name (lower
     * case) to the English name of a column, or to the empty string for a column to ignore.
     */
    public static CsvRows open(InputStream in, java.nio.charset.Charset charset, List<ImportColumn> columns,
                               Map<String, String> mapping, Consumer<ImportProblem> problems) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, 3);
        byte[] start = bytes.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom && start.length > 0) {
            bytes.unread(start);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        String headerLine;
        Character hinted = null;
        long at = 1;
        try {
            reader.mark(MOST_LINES_BEFORE_HEADER * (MAX_HEADER_CHARS + 2));
            int before = linesBeforeHeader(reader, name -> mapping.containsKey(name)
                    || columns.stream().anyMatch(c -> c.matches(name)));
            if (before < 0) {
                at = -before;
                problems.accept(new ImportProblem(at, null, "import.header.oversized",
                        List.of(String.valueOf(MAX_HEADER_CHARS)), "a header of more than " + MAX_HEADER_CHARS
                                + " characters"));
                return null;
            }
            reader.reset();
            for (; at <= before; at++) {
                Matcher hint = SEPARATOR_HINT.matcher(reader.readLine());
                if (hint.matches()) {
                    // Excel's line naming the separator for itself
                    hinted = hint.group(1).charAt(0);
                }
            }
            reader.mark(MAX_HEADER_CHARS + 2);
            headerLine = reader.readLine();
            reader.reset();
        } catch (CharacterCodingException e) {
            problems.accept(new ImportProblem(at, null, "import.encoding", "not UTF-8"));
            return null;
        }
        if (headerLine == null || headerLine.isBlank()) {
            problems.accept(new ImportProblem(at, null, "import.header.missing", "the file is empty"));
            return null;
        }
        if (headerLine.chars().anyMatch(c -> c < ' ' && c != '\t')) {
            // what the byte check cannot see in UTF-16: a header holds names and separators only
            problems.accept(new ImportProblem(0, null, "import.encoding.unsupported", "a control character in the header"));
            return null;
        }
        String names = headerLine;
        List<Character> used = hinted != null ? List.of(hinted)
                : SEPARATORS.chars().filter(c -> names.indexOf(c) >= 0).mapToObj(c -> (char) c).toList();
        if (used.size() > 1) {
            problems.accept(new ImportProblem(at, null, "import.separator.mixed", "the header has " + used));
            return null;
        }
        if (used.isEmpty()) {
            problems.accept(new ImportProblem(at, null, "import.separator.none", "the header has no ; , or tab"));
            return null;
        }
        char separator = used.get(0);
        long headerAt = at;
        // empty lines are read as rows (and left out below), so each record starts on the line after the last one
        CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false).get().parse(reader);
        CSVRecord header;
        try {
            header = parser.iterator().next();
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            problems.accept(unreadable(unreadable, headerAt, headerAt - 1));
            return null;
        }
        if (header.size() > MAX_COLUMNS) {
            problems.accept(new ImportProblem(headerAt, null, "import.header.too-wide",
                    List.of(String.valueOf(header.size()), String.valueOf(MAX_COLUMNS)),
                    header.size() + " columns, at most " + MAX_COLUMNS));
            return null;
        }
        String[] canonical = new String[header.size()];
        List<Integer> withoutName = new ArrayList<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String named = columnName(header.get(i));
            if (named.isEmpty()) {
                // a column without a name, as a spreadsheet leaves after the last one: read only to see it is empty
                withoutName.add(i);
                continue;
            }
            String mapped = mapping.get(named);
            if (mapped != null && mapped.isEmpty()) {
                continue;
            }
            // a column of personal data is never read, whatever meaning a person gave it
            if (ImportColumn.personal(named) && columns.stream().noneMatch(c -> c.matches(named))) {
                problems.accept(new ImportProblem(headerAt, header.get(i), "import.header.personal",
                        "column " + named + " holds personal data, which is never stored"));
                usable = false;
                continue;
            }
            String name = mapped == null ? named : mapped;
            ImportColumn column = columns.stream().filter(c -> c.matches(name)).findFirst().orElse(null);
            if (column == null) {
                // the columns the kind takes, by their names in either language: a program has no step to map them
                problems.accept(new ImportProblem(headerAt, header.get(i), "import.header.unknown",
                        List.of(columns.stream().map(ImportColumn::dutch).collect(Collectors.joining(", ")),
                                columns.stream().map(ImportColumn::english).collect(Collectors.joining(", "))),
                        "unknown column " + name));
                usable = false;
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (column.english().equals(canonical[j])) {
                    // two columns given one meaning by the person's mapping are not one column named twice
                    boolean byMapping = mapped != null
                            || mapping.containsKey(columnName(header.get(j)));
                    problems.accept(byMapping ? new ImportProblem(headerAt, header.get(i), "import.mapping.duplicate",
                            List.of(ImportProblem.shown(header.get(j).strip()), ImportProblem.shown(header.get(i).strip())),
                            "two columns mapped to one meaning")
                            : new ImportProblem(headerAt, header.get(i), "import.header.duplicate",
                                    List.of(ImportProblem.shown(header.get(j).strip()), String.valueOf(j + 1)),
                                    "column twice"));
                    usable = false;
                }
            }
            canonical[i] = column.english();
        }
        // a missing column is named in the language of the header's other names
        boolean dutch = java.util.stream.IntStream.range(0, header.size()).anyMatch(i -> columns.stream()
                .anyMatch(c -> c.matchesDutch(header.get(i))));
        for (ImportColumn column : columns) {
            if (column.required() && !java.util.Arrays.asList(canonical).contains(column.english())) {
                problems.accept(new ImportProblem(headerAt, dutch ? column.dutch() : column.english(), "import.header.required",
                        "missing column " + column.english() + " (" + column.dutch() + ")"));
                usable = false;
            }
        }
        if (!usable) {
            parser.close();
            return null;
        }
        // Dutch spreadsheets separate by semicolons, and by tabs in the "Unicode text" they save: with Dutch names
        CsvRows rows = new CsvRows(parser, headerAt - 1, separator, separator == ';' || separator == '\t' && dutch,
                canonical);
        rows.nameless.addAll(withoutName);
        for (int i = 0; i < header.size(); i++) {
            if (canonical[i] != null) {
                rows.asNamed.put(canonical[i], header.get(i).strip());
            }
        }
        return rows;
    }

    /**
     * Whether a row too short for the header was written with another separator: it has at most half the header's
     * values, and splitting them at another separator at least doubles them. A comma inside a text of a row that
     * merely leaves out its last values is no sign of that.
     */
    private boolean writtenWithAnotherSeparator(CSVRecord record) {
        return record.size() * 2 <= canonical.length && SEPARATORS.chars().filter(c -> c != separator)
                .anyMatch(other -> record.stream().mapToLong(v -> v.chars().filter(c -> c == other).count() + 1)
                        .sum() >= 2L * record.size());
    }

    /**
     * The next data row, or null at the end. A row of the wrong width is reported and answered as
     * {@link Row#UNREADABLE}, so reading goes on; after a broken quote or bad encoding the rest of the file cannot
     * be trusted, so that is reported and answered as the end.
     */
    public Row next(Consumer<ImportProblem> problems) {
        try {
            if (!records.hasNext()) {
                return null;
            }
            // a record is named by the line it starts on, also when a quoted value in it spans lines: the line after
            // the previous record's last (asking for a record reads it, so the parser's line is that of its end)
            long line = linesRead + 1;
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber() + skipped;
            while (record.stream().allMatch(String::isBlank)) {
                // a row of separators only, as a spreadsheet writes an empty row: no data, so no problem either
                if (!records.hasNext()) {
                    return null;
                }
                line = linesRead + 1;
                record = records.next();
                linesRead = parser.getCurrentLineNumber() + skipped;
            }
            // a line edited by hand may leave out its last, empty values, and a spreadsheet may end it with empty ones
            boolean extraFilled = record.size() > canonical.length && record.stream().skip(canonical.length)
                    .anyMatch(v -> !v.isBlank());
            boolean mixed = !extraFilled && writtenWithAnotherSeparator(record);
            if (extraFilled || mixed) {
                problems.accept(new ImportProblem(line, null, mixed ? "import.separator.mixed" : "import.columns.count",
                        mixed ? List.of() : List.of(String.valueOf(record.size()), String.valueOf(canonical.length)),
                        record.size() + (record.size() == 1 ? " value" : " values") + " where the header has "
                                + canonical.length));
                return Row.UNREADABLE;
            }
            for (int i : nameless) {
                if (i < record.size() && !record.get(i).isBlank()) {
                    problems.accept(new ImportProblem(line, null, "import.column.nameless",
                            List.of(String.valueOf(i + 1), ImportProblem.shown(record.get(i).strip())),
                            "a value in column " + (i + 1) + ", which has no name"));
                    return Row.UNREADABLE;
                }
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < canonical.length; i++) {
                if (canonical[i] == null || i >= record.size()) {
                    continue;
                }
                String value = FreeText.lineFeeds(SpreadsheetCsv.restored(record.get(i).strip()));
                values.put(canonical[i], value.isEmpty() ? null : value);
            }
            return new Row(line, values, dutchNumbers);
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            problems.accept(unreadable(unreadable, parser.getCurrentLineNumber() + skipped, skipped));
            return null;
        }
    }

    /**
     * Why the parser could not read on: bytes that are not the file's encoding, or a quote; at the line where the
     * quoted value began, else at {@code line}; the parser counts its lines from the header, {@code skipped} after
     * the file's first.
     */
    /**
     * How many lines come before the header: empty rows, Excel's {@code sep=;} line, and a title above the header,
     * as a spreadsheet writes one in its first cell or, with a comma or a date in it, over two. The header is the
     * first line naming a column the import takes ({@code known}, by its compared name) and no number; without one,
     * the first line with two values (a header of the person's own names, to be mapped), else the first that is not
     * empty, refused as it is. A line too long for a header is the header, refused as such: minus its number.
     */
    private static int linesBeforeHeader(BufferedReader reader, Predicate<String> known) throws IOException {
        int firstFilled = -1;
        int firstWide = -1;
        int read = 0;
        HeadLines lines = new HeadLines(reader);
        for (String line = lines.next(); line != null && read < MOST_LINES_BEFORE_HEADER; line = lines.next(), read++) {
            if (line.length() > MAX_HEADER_CHARS) {
                return firstWide >= 0 ? firstWide : -(read + 1);
            }
            if (emptyRow(line) || SEPARATOR_HINT.matcher(line).matches()) {
                continue;
            }
            if (firstFilled < 0) {
                firstFilled = read;
            }
            List<String> values = Arrays.stream(line.split("[;,\t]")).map(v -> columnName(v.strip()
                    .replaceAll("^\"|\"$", ""))).filter(v -> !v.isEmpty()).toList();
            if (values.size() > 1 && firstWide < 0) {
                firstWide = read;
            }
            // a data row of the person's own header may hold a column's name as a value, and numbers besides
            if (values.stream().anyMatch(known) && values.stream().noneMatch(v -> Character.isDigit(v.charAt(0)))) {
                return read;
            }
        }
        return firstWide >= 0 ? firstWide : firstFilled >= 0 ? firstFilled : read;
    }

    /**
     * The lines at a file's start as {@link BufferedReader#readLine} reads them, but a line longer than
     * {@value #MAX_HEADER_CHARS} characters ends one character after that, the rest of it unread: looking for the
     * header stays within the reader's mark, however long the lines it passes.
     */
    private static final class HeadLines {
        private final BufferedReader reader;
        /** The character read after a carriage return that was not a line feed: the next line's first. */
        private int carried = -1;

        HeadLines(BufferedReader reader) {
            this.reader = reader;
        }

        String next() throws IOException {
            StringBuilder line = new StringBuilder();
            int c = carried >= 0 ? carried : reader.read();
            carried = -1;
            if (c < 0) {
                return null;
            }
            for (; c >= 0 && c != '\n'; c = reader.read()) {
                if (c == '\r') {
                    int after = reader.read();
                    carried = after == '\n' ? -1 : after;
                    break;
                }
                line.append((char) c);
                if (line.length() > MAX_HEADER_CHARS) {
                    // too long for a header: the rest is not read
                    break;
                }
            }
            return line.toString();
        }
    }

    /** A line with nothing but spaces and separators on it, as a spreadsheet writes an empty row. */
    private static boolean emptyRow(String line) {
        return line.chars().allMatch(c -> Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0);
    }

    private static ImportProblem unreadable(RuntimeException e, long line, long skipped) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        boolean encoding = cause instanceof CharacterCodingException;
        Matcher m = START_LINE.matcher(String.valueOf(cause.getMessage()));
        return new ImportProblem(m.find() ? Long.parseLong(m.group(1)) + skipped : line, null,
                encoding ? "import.encoding" : "import.quote.broken", encoding ? "not UTF-8" : QUOTE_BROKEN);
    }

    /** The columns the file has: their canonical names, each to the name the file gives it, in the file's order. */
    public Map<String, String> present() {
        Map<String, String> present = new java.util.LinkedHashMap<>();
        java.util.Arrays.stream(canonical).filter(java.util.Objects::nonNull).forEach(c -> present.put(c, named(c)));
        return java.util.Collections.unmodifiableMap(present);
    }

    /** The column as the file names it, for the report. */
    public String named(String canonicalName) {
        return asNamed.getOrDefault(canonicalName, canonicalName);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * One data row: its line (the header is line 1) and its values by English column name, blanks as null.
     * {@code unreadable} gathers the values that could not be read as what their
     * column holds (a word for a number, 31-02-2024), so a row's report names all of them, not only the first.
     */
    public record Row(long line, Map<String, String> values, List<InvalidInputException> unreadable,
                      boolean dutchNumbers) {

        /** Stands for a row that was reported as unreadable; reading goes on. */
        public static final Row UNREADABLE = new Row(-1, Map.of(), List.of(), false);

        public Row(long line, Map<String, String> values) {
            this(line, values, false);
        }

        /**
         * {@code dutchNumbers}: the file is separated by semicolons, as a spreadsheet set to Dutch writes it, or by
         * tabs under Dutch column names, as it saves "Unicode text"; it writes one point two as {@code 1,2}: a point
         * between groups of three digits is a thousands separator.
         */
        public Row(long line, Map<String, String> values, boolean dutchNumbers) {
            this(line, values, new ArrayList<>(), dutchNumbers);
        }

        public String get(String column) {
            return values.get(column);
        }
    }
}

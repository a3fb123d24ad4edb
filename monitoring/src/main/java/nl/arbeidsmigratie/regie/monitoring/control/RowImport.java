package nl.arbeidsmigratie.regie.monitoring.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRefusedException;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;

/**
 * One kind of import: its columns, how a row becomes checked values for the staging table, and the set-based SQL
 * that turns staged rows into new rows or corrections. Staging is a temporary table filled by COPY inside the
 * import's transaction: fast, and gone with a rollback.
 */
public abstract class RowImport {

    /** The columns of the file being written, each to the name the file gives it. */
    private Map<String, String> fileColumns = Map.of();

    /** The time of day a date taken from a date-and-time column carries: {@code 0:00}, {@code 00:00:00.000}. */
    private static final Pattern TIME_OF_DAY =
            Pattern.compile("(.+?)[ T]([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d([.,]\\d{1,9})?)?");
    /** A date as a spreadsheet writes it in a column not formatted as dates: days since its day zero (1927–2173). */
    private static final Pattern SERIAL_DATE = Pattern.compile("[1-9]\\d{4}");
    private static final LocalDate SPREADSHEET_DAY_ZERO = LocalDate.of(1899, 12, 30);
    /** A decimal as PostgreSQL writes a stored numeric as text. */
    private static final Pattern STORED_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    /**
     * A whole number with thousands separators, as a spreadsheet formats one: {@code 3.100} (Dutch), {@code 3,100}
     * (English) or {@code 3 100} (a space, also a no-break one); one separator throughout, groups of three.
     */
    private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}([., \u00A0\u202F])[0-9]{3}(\\1[0-9]{3})*");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    /** A decimal as typed, with a point or a comma; as many digits as a count, an area or a coordinate needs. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,12}([.,][0-9]{1,10})?");
    /** A decimal with Dutch thousands separators: {@code 1.234,5}. */
    private static final Pattern GROUPED_DECIMAL = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{3}){1,3}(,[0-9]{1,10})?");
    /** A decimal with spaces between its thousands (also no-break ones): {@code 12 000,5} or {@code 12 000.5}. */
    private static final Pattern SPACED_DECIMAL = Pattern.compile("[+-]?[0-9]{1,3}([ \u00A0\u202F][0-9]{3}){1,3}([.,][0-9]{1,10})?");
    /**
     * A decimal with English thousands separators, with or without a decimal point: {@code 1,234.5}; {@code 1,200}
     * only in a file that writes numbers the English way.
     */
    private static final Pattern GROUPED_DECIMAL_POINT =
            Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3}){1,3}(\\.[0-9]{1,10})?");
    /** Thousands separators a whole number may have, left out to read it. */
    private static final Pattern THOUSANDS = Pattern.compile("[., \u00A0\u202F]");
    private static final Pattern BAG_ID_WITHOUT_ZERO = Pattern.compile("[1-9][0-9]{14}");
    private static final Pattern NUMBER_WITH_EXPONENT = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+");

    public static RowImport of(ImportKind kind) {
        return switch (kind) {
            case COUNTS -> new CountRowImport();
            case LOCATIONS -> new LocationRowImport();
            case OCCUPANCY -> new OccupancyRowImport();
        };
    }

    /** A decimal as an export writes it: no trailing zeros, a comma for a spreadsheet set to Dutch (null stays null). */
    public static String decimal(BigDecimal value, boolean dutch) {
        String plain = value == null ? null : value.stripTrailingZeros().toPlainString();
        return plain != null && dutch ? plain.replace('.', ',') : plain;
    }

    /** {@code choice} of {@code column} by the Dutch word an import reads it by ({@code wooneenheden}). */
    public static String word(String column, Enum<?> choice) {
        return ImportChoices.word(column, choice);
    }

    /** The columns a file of this kind may have. */
    public abstract List<ImportColumn> columns();

    /** The municipality of a template's example row for a caller who records for any (Westland). */
    public static final String EXAMPLE_MUNICIPALITY = "GM1783";

    /**
     * One example row for the template file, a value (or an empty one) per column of {@link #columns()}, for
     * {@code municipalityCode}: an officer's template has a row of their own municipality, as their rows will.
     */
    public abstract List<String> example(String municipalityCode);

    /** {@link #example} with its descriptive texts in English; names of places and firms stay as they are. */
    protected List<String> englishExample(String municipalityCode) {
        return example(municipalityCode);
    }

    /** A BAG id as one of {@code municipalityCode} is numbered: its first four digits are the municipality's. */
    protected static String exampleBagId(String municipalityCode) {
        return municipalityCode.substring(2) + "010000001234";
    }

    /**
     * The template of this kind: the header and {@link #example}, with Dutch names and {@code ;} for a spreadsheet
     * set to Dutch, or with English names, {@code ,} and choices by their English words for one set to English.
     */
    public final String template(boolean english, String municipalityCode) {
        List<String> example = english ? englishExample(municipalityCode) : example(municipalityCode);
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < columns().size(); i++) {
            ImportColumn column = columns().get(i);
            header.add(english ? column.english() : column.dutch());
            row.add(english ? ImportChoices.inEnglish(column.english(), example.get(i)).orElse(example.get(i))
                    : example.get(i));
        }
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setDelimiter(english ? ',' : ';').setRecordSeparator("\n").get();
        return format.format(header.toArray()) + "\n" + format.format(row.toArray()) + "\n";
    }

    /**
     * The row checked by the same rules as a form, as values in the order of {@link #stageColumns()}; refused with
     * an {@link InvalidInputException} naming the field, or an access refusal for another municipality's row.
     */
    public abstract Object[] stage(CsvRows.Row row, ImportContext context);

    /** The temporary staging table, created empty in the import's transaction. */
    protected abstract String stageTable();

    protected abstract String stageColumns();

    /** Marks staged rows that have a current version ({@code current_id}) and whether it is identical. */
    protected abstract void markCurrent(Connection c) throws SQLException;

    /**
     * Holds, for the transaction, what a writer of the same records at the same moment must wait for before it
     * matches them, where no key of the database refuses the second ({@link CountRowImport}); nothing by default.
     */
    protected void holdKeys(Connection c) throws SQLException {
    }

    /** Writes the staged rows that are new or differ from their current version. */
    protected abstract void apply(Connection c, Timestamp at, String by, String reason) throws SQLException;

    /** The table of the current versions, which {@code current_id} is an id of. */
    protected abstract String currentTable();

    /** The column an import column is staged and stored in; null when it is not stored. */
    protected String storedColumn(String column) {
        return Arrays.asList(stageColumns().split(",\\s*")).contains(column) ? column : null;
    }

    /**
     * The staging table, and for each row the columns of the header its line ended before ({@link #leftOut}): a line
     * edited by hand may leave out its last values, and a correction must not empty what they would have shown.
     */
    public final void createStage(Connection c) throws SQLException {
        String table = stageTable();
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table " + table.substring(0, table.lastIndexOf(')')) + ", left_out text[])"
                    + " on commit drop");
        }
    }

    public final String copyCommand() {
        return "copy " + stageName() + " (" + stageColumns() + ", left_out) from stdin (format csv)";
    }

    /** The columns of the file a row's line ended before, as a PostgreSQL array; null when it has them all. */
    public static String leftOut(CsvRows.Row row, Collection<String> fileColumns) {
        List<String> missing = fileColumns.stream().filter(column -> !row.values().containsKey(column)).toList();
        return missing.isEmpty() ? null : "{" + String.join(",", missing) + "}";
    }

    /**
     * Writes the staged rows and counts them as added (no current version), corrected, or unchanged. A file
     * without some of the optional {@code columns} corrects what it holds, and the rest of a record would be
     * stored empty: a correction that would so change a value it does not show refuses the file, naming the
     * line, the column and the value that would be lost.
     */
    /**
     * What writing the staged rows did: rows new, corrected and unchanged, what deserves a look, and the versions the
     * corrections replaced (the first {@link #NAMED_CORRECTIONS}, in the order of the file), which the audit trail
     * names so that its chain holds which records an import changed.
     */
    public record Written(long added, long corrected, long unchanged, List<ImportProblem> notes,
                          List<Long> superseded) {
    }

    /** How many replaced versions an import's audit entry names; a file correcting more names the first. */
    public static final int NAMED_CORRECTIONS = 1_000;

    public final Written write(Connection c, Map<String, String> columns, Timestamp at, String by, String reason)
            throws SQLException {
        fileColumns = columns;
        try (Statement s = c.createStatement()) {
            s.execute("analyze " + stageName());
        }
        holdKeys(c);
        markCurrent(c);
        refuseLosses(c, columns);
        refuse(conflicts(c));
        apply(c, at, by, reason);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select"
                + " count(*) filter (where current_id is null),"
                + " count(*) filter (where current_id is not null and not coalesce(same, false)),"
                + " count(*) filter (where same) from " + stageName())) {
            rs.next();
            return new Written(rs.getLong(1), rs.getLong(2), rs.getLong(3), notes(c), superseded(c));
        }
    }

    private List<Long> superseded(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_id from " + stageName()
                + " where current_id is not null and not coalesce(same, false) order by line limit "
                + NAMED_CORRECTIONS)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Reads one row of a query about the staged rows into the problems it names. */
    @FunctionalInterface
    protected interface ProblemRow {
        void read(ResultSet row, List<ImportProblem> into) throws SQLException;
    }

    /** The problems {@code query} names, read from its first {@link ImportRefusedException#LISTED} rows. */
    protected static List<ImportProblem> problems(Connection c, String query, ProblemRow row) throws SQLException {
        List<ImportProblem> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query + " limit "
                + ImportRefusedException.LISTED)) {
            while (rs.next()) {
                row.read(rs, problems);
            }
        }
        return problems;
    }

    /** What the rows written ask a look at, though recorded as sent; none by default. */
    protected List<ImportProblem> notes(Connection c) throws SQLException {
        return List.of();
    }

    private void refuseLosses(Connection c, Map<String, String> columns) throws SQLException {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportColumn column : columns()) {
            String stored = storedColumn(column.english());
            if (column.required() || stored == null) {
                continue;
            }
            boolean inFile = columns.containsKey(column.english());
            try (PreparedStatement s = c.prepareStatement("select s.line, t." + stored + "::text from " + stageName()
                    + " s join " + currentTable() + " t on t.id = s.current_id where t." + stored
                    + " is distinct from s." + stored + (inFile ? " and '" + column.english() + "' = any(s.left_out)"
                    : "") + " order by s.line limit " + ImportRefusedException.LISTED);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String kept = rs.getString(2);
                    String named = named(column.english());
                    // the value that would be lost is quoted, and given as the problem's value, as the export writes
                    // it: that is what the person would copy into the column
                    String shown = kept == null ? "" : ImportProblem.shown(asExportWrites(column, kept));
                    problems.add(inFile ? new ImportProblem(rs.getLong(1), named, "import.column.left-out",
                            List.of(named, shown), "the line ends before column " + column.english()
                            + "; correcting would change " + kept, shown)
                            : new ImportProblem(rs.getLong(1), named, "import.column.absent", List.of(named, shown),
                            "the file has no column " + column.english() + "; correcting would change " + kept,
                            shown));
                }
            }
        }
        refuse(problems);
    }

    /**
     * A stored value as the export in the file's language writes it, as the message names the column so too: in
     * Dutch a choice by its word ({@code kort}, not {@code SHORT}) and a decimal with a comma (52,012345 read as
     * 52.012.345 otherwise); in English a choice by its code and a decimal with a point, as the English export
     * writes them.
     */
    private String asExportWrites(ImportColumn column, String stored) {
        boolean dutch = dutchFile();
        String decimal = STORED_DECIMAL.matcher(stored).matches() ? decimal(new BigDecimal(stored), dutch) : stored;
        return dutch ? ImportChoices.word(column.english(), stored).orElse(decimal) : decimal;
    }

    /**
     * What the staged rows would break of the records already stored (a location closed before people last lived
     * there), read set-based once all rows are staged; none by default.
     */
    protected List<ImportProblem> conflicts(Connection c) throws SQLException {
        return List.of();
    }

    private static void refuse(List<ImportProblem> found) {
        if (!found.isEmpty()) {
            List<ImportProblem> problems = new ArrayList<>(found);
            problems.sort(Comparator.comparingLong(ImportProblem::line));
            throw new ImportRefusedException(problems.subList(0, Math.min(problems.size(),
                    ImportRefusedException.LISTED)), problems.size());
        }
    }

    /**
     * This kind's column {@code english} as a report names it: as the file being written names it, or, for a column
     * the file does not have, in the language of the file's header (Dutch unless its names are English).
     */
    protected final String named(String english) {
        String inFile = fileColumns.get(english);
        if (inFile != null) {
            return inFile;
        }
        return dutchFile() ? columns().stream().filter(column -> column.english().equals(english))
                .map(ImportColumn::dutch).findFirst().orElse(english) : english;
    }

    /** Whether the file being written names its columns in Dutch, or has no names of either language. */
    private boolean dutchFile() {
        return fileColumns.values().stream().anyMatch(name -> columns().stream().anyMatch(c -> c.matchesDutch(name)))
                || fileColumns.values().stream().noneMatch(name -> columns().stream().anyMatch(c -> c.matches(name)
                && !c.matchesDutch(name)));
    }

    private String stageName() {
        return stageTable().substring(0, stageTable().indexOf(' '));
    }

    /** The column a rule's field is about, as named in this kind's columns; null for the row as a whole. */
    public final String columnOf(String field) {
        String snake = field == null ? "" : field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return columns().stream().map(ImportColumn::english).filter(snake::equals).findFirst().orElse(null);
    }

    protected static int executeUpdate(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /**
     * Throws the first value of {@code row} that could not be read: rules that compare values (closed before
     * opened) or require them would otherwise add a second, misleading reason for one wrong cell.
     */
    protected static void requireReadable(CsvRows.Row row) {
        if (!row.unreadable().isEmpty()) {
            throw row.unreadable().get(0);
        }
    }

    /**
     * As {@link #requireReadable(CsvRows.Row)}, with what {@code rules} say of the values that could be read, so a
     * report names every problem of a line at once (a negative number beside a word where a number stands). Only
     * rules about another column than an unreadable one are kept: a rule about a value not read, or about the row as
     * a whole (no figure at all), would give a second, misleading reason for one wrong cell.
     */
    protected final void requireReadable(CsvRows.Row row, Runnable rules) {
        if (row.unreadable().isEmpty()) {
            return;
        }
        Set<String> unread = new HashSet<>();
        row.unreadable().forEach(e -> unread.add(e.field()));
        try {
            rules.run();
        } catch (InvalidInputException broken) {
            broken.all().stream().filter(e -> columnOf(e.field()) != null && !unread.contains(columnOf(e.field())))
                    .forEach(row.unreadable()::add);
        }
        throw row.unreadable().get(0);
    }

    /** The value of {@code column} read by {@code reader}; one that cannot be read is noted in the row as empty. */
    private static <T> T read(CsvRows.Row row, String column, BiFunction<String, String, T> reader) {
        String value = FreeText.withoutInvisible(row.get(column));
        if (value == null || value.isBlank()) {
            // a cell holding nothing to see is empty, as a required column's rule then says
            return null;
        }
        try {
            return reader.apply(column, value);
        } catch (InvalidInputException e) {
            row.unreadable().add(e);
            return null;
        }
    }

    protected static Integer integer(CsvRows.Row row, String column) {
        return read(row, column, RowImport::wholeNumber);
    }

    private static Integer wholeNumber(String column, String value) {
        // ASCII digits only: Integer.valueOf would also take Arabic-Indic or full-width ones
        // a comma or point before groups of three is a thousands separator: a count has no decimals to mistake
        String digits = GROUPED.matcher(value).matches() ? THOUSANDS.matcher(value).replaceAll("") : value;
        if (!WHOLE.matcher(digits).matches()) {
            // a decimal where a count stands is a number all the same: said to be no whole one, not no number
            boolean decimal = DECIMAL.matcher(value).matches() || GROUPED_DECIMAL.matcher(value).matches()
                    || GROUPED_DECIMAL_POINT.matcher(value).matches();
            throw new InvalidInputException(column, decimal ? "import.value.whole" : "import.value.number",
                    "not a whole number: " + value, value);
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            // beyond what any count column takes: the column's own rule refuses it in its own words (at most
            // 100,000 persons), as it does a number just above its most
            return Integer.MAX_VALUE;
        }
    }

    /**
     * A BAG id as typed, or as a spreadsheet leaves it after taking it for a number: 15 digits are the 16 of an id
     * whose municipality code begins with 0 ({@code 0518…}, Den Haag), and {@code 1,78301E+15} is an id written as
     * a number, whose digits are lost and are asked for again.
     */
    protected static String bagId(CsvRows.Row row, String column) {
        return bagId(row, column, null);
    }

    /**
     * As {@link #bagId(CsvRows.Row, String)}, for a row of {@code municipalityCode}: only an id of a municipality
     * whose code begins with 0 can have lost a leading zero; 15 digits for another are a digit too few, and refused.
     */
    protected static String bagId(CsvRows.Row row, String column, String municipalityCode) {
        boolean zeroMayBeLost = municipalityCode == null || municipalityCode.startsWith("GM0");
        return read(row, column, (name, value) -> {
            if (zeroMayBeLost && BAG_ID_WITHOUT_ZERO.matcher(value).matches()) {
                return "0" + value;
            }
            if (NUMBER_WITH_EXPONENT.matcher(value).matches()) {
                throw new InvalidInputException(name, "import.value.bag-id-as-number",
                        "a BAG id written as a number: " + value, value);
            }
            if (!LocationRules.BAG_ID.matcher(value).matches()) {
                // a totals row or a note where the id stands is no id of a location that could not be found
                throw new InvalidInputException(name, "import.value.bag-id", "not a BAG id: " + value, value);
            }
            return value;
        });
    }

    /** As {@link #municipalityCode}, for a column every row fills: an empty cell is named as empty, not as wrong. */
    protected static String requiredMunicipalityCode(CsvRows.Row row, String column) {
        if (row.get(column) == null) {
            row.unreadable().add(new InvalidInputException(column, "import.value.empty", "no value for " + column));
            return null;
        }
        return municipalityCode(row, column);
    }

    /**
     * A municipality code as typed, or as a spreadsheet leaves it after taking it for a number: {@code 1783} and
     * {@code 518} are GM1783 and GM0518. Anything else that is no code is refused saying what a code looks like.
     */
    protected static String municipalityCode(CsvRows.Row row, String column) {
        return read(row, column, (name, value) -> {
            String code = MunicipalityCodes.completed(value);
            if (!MunicipalityCodes.wellFormed(code)) {
                throw new InvalidInputException(name, "import.value.municipality-code", "not a CBS code: " + value,
                        value);
            }
            return code;
        });
    }

    /**
     * A coordinate, with a decimal point or comma: a point before three digits is no thousands separator here, as no
     * coordinate has thousands ({@code 52.012} is 52.012 in a Dutch file too).
     */
    protected static BigDecimal coordinate(CsvRows.Row row, String column) {
        return read(row, column, (name, value) -> {
            if (!DECIMAL.matcher(value).matches()) {
                throw new InvalidInputException(name, "import.value.number", "not a number: " + value, value);
            }
            return new BigDecimal(value.replace(',', '.'));
        });
    }

    protected static BigDecimal decimal(CsvRows.Row row, String column) {
        return read(row, column, (name, value) -> {
            // 12,5 and 1.234,5 as Dutch spreadsheets write them; 12.5 and 1,234.5 as English ones do; 1.200 in a
            // Dutch file is twelve hundred, as in a whole number. Nothing else, not even an exponent: 1E-999999999 is
            // a number too, and one that would take all memory to write out.
            boolean dutchGroups = GROUPED_DECIMAL.matcher(value).matches() && (row.dutchNumbers() || value.contains(","));
            // and 1,200 in an English file is twelve hundred, as 1.200 is in a Dutch one
            boolean englishGroups = GROUPED_DECIMAL_POINT.matcher(value).matches()
                    && (!row.dutchNumbers() || value.contains("."));
            String plain = dutchGroups ? value.replace(".", "").replace(',', '.')
                    : englishGroups ? value.replace(",", "")
                    : DECIMAL.matcher(value).matches() ? value.replace(',', '.')
                    : SPACED_DECIMAL.matcher(value).matches() ? value.replaceAll("[ \u00A0\u202F]", "").replace(',', '.')
                    : null;
            if (plain == null) {
                throw new InvalidInputException(name, "import.value.number", "not a number: " + value, value);
            }
            return new BigDecimal(plain);
        });
    }

    /**
     * A date as {@code 2024-06-30}, or as the Netherlands writes one ({@code 30-06-2024}, {@code 1/7/2024},
     * {@code 1.7.2024}, {@code 1 juli 2024}, {@link DutchDates}); a time of day after it, as a date-and-time column
     * of a spreadsheet or database exports it, says nothing more about the day.
     */
    protected static LocalDate date(CsvRows.Row row, String column) {
        return read(row, column, (name, cell) -> {
            Matcher timed = TIME_OF_DAY.matcher(cell);
            String value = timed.matches() ? timed.group(1) : cell;
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                // the usual form, parsed by hand: a general parser costs more than the rest of a row's checks
                try {
                    return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
                } catch (DateTimeException notThisForm) {
                    // read below, as any other text
                }
            }
            Optional<LocalDate> date = DutchDates.parseDate(value);
            if (date.isPresent()) {
                return date.get();
            }
            if (DutchDates.weekdayContradicts(value)) {
                throw new InvalidInputException(name, "import.value.weekday", "another weekday: " + cell, cell);
            }
            if (DutchDates.shapedLikeDate(value)) {
                throw new InvalidInputException(name, "import.value.no-such-day", "no such day: " + cell, cell);
            }
            if (SERIAL_DATE.matcher(value).matches()) {
                // a spreadsheet's column not formatted as dates writes each as its day number: say which day
                throw new InvalidInputException(name, "import.value.date.serial", "a day number: " + cell, cell,
                        SPREADSHEET_DAY_ZERO.plusDays(Long.parseLong(value)).toString());
            }
            throw new InvalidInputException(name, "import.value.date", "not a date: " + cell, cell);
        });
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit: " + c);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A choice by its code in any case, or by a word the pages show it by ({@link ImportChoices}). */
    protected static <E extends Enum<E>> E choice(CsvRows.Row row, String column, Class<E> type) {
        return read(row, column, (name, value) -> ImportChoices.find(name, type, value).orElseThrow(
                () -> new InvalidInputException(name, "import.value.choice", "not one of the allowed values: " + value,
                        value, ImportChoices.shown(name, type), ImportChoices.shownInEnglish(name, type))));
    }
}

package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportRefusedException;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;

/**
 * The two passes of an import. The first reads the whole file, checks every row, hashes the bytes and writes the
 * checked rows in their stored form to a local staging file, writing nothing to the database; the second streams
 * that file by COPY into a staging table of the caller's transaction, from which set-based SQL adds new rows and
 * corrections. Neither pass holds the file in memory.
 */
@Dependent
public class CsvImporter {

    private static final int PROGRESS_EVERY = 1000;
    private static final String UNIQUE_VIOLATION = "23505";
    /** COPY's CSV: an unquoted empty value is null; checked rows hold no empty texts, so quoting is only needed
     *  around separators, quotes and line breaks. */
    private static final CSVFormat STAGED = CSVFormat.POSTGRESQL_CSV.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MonitoringAccess access;

    @Inject
    ImportBoard board;

    /** Who may write a municipality's rows; null asks the signed-in account through {@link MonitoringAccess}. */
    private Function<String, RuntimeException> writeAccess;

    /**
     * The importer on a plain data source, outside the container, as the benchmark runs it: the same two passes,
     * with every municipality writable and progress kept on a board of its own.
     */
    public static CsvImporter on(DataSource dataSource) {
        CsvImporter importer = new CsvImporter();
        importer.dataSource = dataSource;
        importer.board = new ImportBoard();
        importer.writeAccess = code -> null;
        return importer;
    }

    /**
     * The importer on one connection outside the container, whose transaction the caller commits or rolls back (the
     * benchmark, the crash test of the embedded database): every statement of the import runs on it.
     */
    public static CsvImporter on(Connection connection) {
        return on(sharing(connection));
    }

    /** A data source handing out the one connection of the caller's transaction, which its users cannot close. */
    private static DataSource sharing(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(CsvImporter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(CsvImporter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * A file that passed the first pass: its data rows, the SHA-256 of its bytes, the municipalities of its rows and
     * the columns it has, each to the name the file gives it.
     */
    public record Checked(long rows, String sha256, java.util.Set<String> municipalities,
                          Map<String, String> columns) {
    }

    /**
     * The first pass: checks every row and writes the checked rows, in their stored form, to {@code staged};
     * refuses the file with every problem found.
     */
    public Checked check(ImportKind kind, Path file, LocalDate today, Path staged, String jobId) {
        return check(kind, file, Map.of(), today, staged, jobId);
    }

    /** As {@link #check(ImportKind, Path, LocalDate, Path, String)} with the person's names for columns. */
    public Checked check(ImportKind kind, Path file, Map<String, String> mapping, LocalDate today, Path staged,
                         String jobId) {
        RowImport rows = RowImport.of(kind);
        List<ImportProblem> problems = new ArrayList<>();
        long[] total = {0};
        Consumer<ImportProblem> report = p -> {
            if (problems.size() < ImportRefusedException.LISTED) {
                problems.add(p);
            }
            total[0]++;
        };
        java.nio.charset.Charset charset = CsvEncoding.of(file, report);
        if (charset == null) {
            throw new ImportRefusedException(problems, total[0]);
        }
        MessageDigest sha256 = sha256();
        long count = 0;
        Map<String, String> present = Map.of();
        ImportContext context = context(today);
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                sha256);
             CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(staged, StandardCharsets.UTF_8),
                     STAGED)) {
            try (CsvRows csv = CsvRows.open(in, charset, rows.columns(), mapping, report)) {
                if (csv != null) {
                    present = csv.present();
                    for (CsvRows.Row row = csv.next(report); row != null; row = csv.next(report)) {
                        count++;
                        Object[] values = row == CsvRows.Row.UNREADABLE ? null : stage(rows, csv, row, context, report);
                        if (values != null && total[0] == 0) {
                            for (Object value : values) {
                                printer.print(value instanceof BigDecimal d ? d.toPlainString() : value);
                            }
                            printer.print(RowImport.leftOut(row, present.keySet()));
                            printer.println();
                        }
                        if (count % PROGRESS_EVERY == 0) {
                            board.validated(jobId, count);
                        }
                    }
                    if (count == 0 && total[0] == 0) {
                        report.accept(new ImportProblem(2, null, "import.empty", "no data rows after the header"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        board.validated(jobId, count);
        if (total[0] > 0) {
            throw new ImportRefusedException(problems, total[0], context.municipalities());
        }
        return new Checked(count, HexFormat.of().formatHex(sha256.digest()), context.municipalities(), present);
    }

    /**
     * The columns of the file's header this kind does not know (those of personal data too, which a person may then
     * choose to leave out), as the file names them, in their order; empty when
     * the header cannot be read at all (the import then says why).
     */
    public List<String> unknownColumns(ImportKind kind, Path file) {
        List<String> unknown = new ArrayList<>();
        java.nio.charset.Charset charset = CsvEncoding.of(file, p -> { });
        if (charset == null) {
            return unknown;
        }
        try (InputStream in = Files.newInputStream(file);
             CsvRows ignored = CsvRows.open(in, charset, RowImport.of(kind).columns(), Map.of(), p -> {
                 if (p.messageKey().startsWith("import.header.unknown")
                         || p.messageKey().equals("import.header.personal")) {
                     unknown.add(p.column());
                 }
             })) {
            return unknown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds a file's bytes for the caller's transaction: the same file sent twice at once is written once, and the
     * second, once the first is done, finds it {@link #imported}.
     */
    public void holdFile(ImportKind kind, String sha256) {
        try (Connection c = dataSource.getConnection()) {
            WriteLocks.hold(c, "import|" + kind.name() + "|" + sha256);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when a file with these bytes was imported as this kind before. */
    public boolean imported(ImportKind kind, String sha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select 1 from monitoring.import_log where kind = ? and sha256 = ?")) {
            s.setString(1, kind.name());
            s.setString(2, sha256);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The second pass, in the caller's transaction: streams the checked rows by COPY into the staging table and
     * writes them from there; answers the added, corrected and unchanged rows. {@code columns} are the file's, each to
     * its name there: a correction may not change what a column the file leaves out holds.
     */
    public RowImport.Written write(ImportKind kind, Path staged, Map<String, String> columns, Timestamp at,
                                   String by, String reason, String jobId) {
        RowImport rows = RowImport.of(kind);
        try (Connection c = dataSource.getConnection()) {
            rows.createStage(c);
            try (InputStream in = new LineCounter(new BufferedInputStream(Files.newInputStream(staged), 1 << 16),
                    lines -> board.written(jobId, lines))) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(rows.copyCommand(), in, 1 << 16);
            }
            return rows.write(c, columns, at, by, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            // a version someone else corrected since the rows were matched is refused as what it is
            throw MonitoringConstraints.MEANINGS.refusal(new IllegalStateException("import failed: " + e.getMessage(),
                    e), null);
        }
    }

    public void log(ImportOutcome outcome, Timestamp at, String by) {
        log(outcome, at, by, java.util.Set.of());
    }

    /** Logs a written file with the municipalities its rows were about, for each municipality's history. */
    public void log(ImportOutcome outcome, Timestamp at, String by, java.util.Set<String> municipalities) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into monitoring.import_log (kind, file_name, sha256, data_rows, added, corrected, unchanged,"
                        + " imported_at, imported_by, municipality_codes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, outcome.kind().name());
            s.setString(2, outcome.fileName());
            s.setString(3, outcome.sha256());
            s.setLong(4, outcome.rows());
            s.setLong(5, outcome.added());
            s.setLong(6, outcome.corrected());
            s.setLong(7, outcome.unchanged());
            s.setTimestamp(8, at);
            s.setString(9, by);
            s.setArray(10, c.createArrayOf("text", municipalities.stream().sorted().toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("import log not written: " + e.getMessage(), e);
            }
            // the unique key: the same file was imported meanwhile by someone else
            throw ImportRefusedException.changedMeanwhile("import.concurrent",
                    "the same file was imported meanwhile by someone else", municipalities);
        }
    }

    /**
     * The row's values for the staging table, or null when it is refused: then every value that could not be read
     * is reported, and the rule or access refusal besides, each with the value the file holds in its column.
     */
    private static Object[] stage(RowImport rows, CsvRows csv, CsvRows.Row row, ImportContext context,
                                  Consumer<ImportProblem> report) {
        List<InvalidInputException> refusals = new ArrayList<>();
        Object[] values = null;
        try {
            context.at(row.line());
            values = rows.stage(row, context);
        } catch (InvalidInputException e) {
            refusals.addAll(e.all());
        }
        row.unreadable().stream().filter(e -> !refusals.contains(e)).forEach(refusals::add);
        if (refusals.isEmpty()) {
            return values;
        }
        context.mentionedIn(row.get("municipality_code"), row.get("bag_id"));
        refusals.stream().sorted(Comparator.comparingInt(e -> columnIndex(rows, e))).forEach(e -> {
            String column = rows.columnOf(e.field());
            String cell = column == null ? null : row.get(column);
            // the cell is quoted as far as a report shows it; what the rule says besides (the choices) whole
            report.accept(new ImportProblem(row.line(), column == null ? null : csv.named(column), e.messageKey(),
                    Arrays.stream(e.arguments()).map(String::valueOf)
                            .map(a -> a.equals(cell) ? ImportProblem.shown(a) : a).toList(),
                    e.getMessage(), ImportProblem.shown(cell)));
        });
        return null;
    }

    /** Where a refusal's column is in the kind's columns, so a row's problems are listed left to right. */
    private static int columnIndex(RowImport rows, InvalidInputException refusal) {
        String column = rows.columnOf(refusal.field());
        return column == null ? Integer.MAX_VALUE : rows.columns().stream().map(ImportColumn::english).toList()
                .indexOf(column);
    }

    private ImportContext context(LocalDate today) {
        ImportContext.LiveLocations live = liveLocations();
        Map<String, StayThresholds> stayThresholds;
        try (Connection c = dataSource.getConnection()) {
            stayThresholds = StayThresholdSettings.all(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return writeAccess != null
                ? new ImportContext(today, writeAccess, (code, bagId) -> { }, live, stayThresholds)
                : new ImportContext(today, code -> ImportContext.refusalOf(() -> access.writerFor(code)),
                        access::requireBagIdOf, live, stayThresholds);
    }

    /**
     * Every location whose latest version is not marked as an error: by BAG id, and those without one (a tent, a
     * shed) by municipality and name, as an export names them.
     */
    private ImportContext.LiveLocations liveLocations() {
        ImportContext.LiveLocations found = new ImportContext.LiveLocations();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select l.id, l.municipality_code, v.bag_id, v.opened_on, v.closed_on,"
                     + " v.status, v.name from monitoring.housing_location l"
                     + " join lateral (select w.bag_id, w.name, w.marked_error, w.opened_on, w.closed_on, w.status"
                     + " from monitoring.location_version w"
                     + " where w.location_id = l.id order by w.version_no desc limit 1) v on true"
                     + " where not v.marked_error")) {
            while (rs.next()) {
                found.add(rs.getString(3), rs.getString(7), new ImportContext.LiveLocation(rs.getLong(1),
                        rs.getString(2), rs.getString(7), new LocationRules.Lifetime(
                        LocationStatus.valueOf(rs.getString(6)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Reports the lines read so far, for the progress of the COPY. */
    private static final class LineCounter extends FilterInputStream {
        private final java.util.function.LongConsumer progress;
        private long lines;
        private long reported;

        LineCounter(InputStream in, java.util.function.LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            if (lines - reported >= PROGRESS_EVERY || n < 0) {
                reported = lines;
                progress.accept(lines);
            }
            return n;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

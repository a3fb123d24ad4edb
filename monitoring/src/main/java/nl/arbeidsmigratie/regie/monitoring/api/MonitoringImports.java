package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.monitoring.boundary.ImportRefusals;
import nl.arbeidsmigratie.regie.monitoring.control.CsvImporter;
import nl.arbeidsmigratie.regie.monitoring.control.CsvRows;
import nl.arbeidsmigratie.regie.monitoring.control.ImportBoard;
import nl.arbeidsmigratie.regie.monitoring.control.ImportColumn;
import nl.arbeidsmigratie.regie.monitoring.control.ImportRecords;
import nl.arbeidsmigratie.regie.monitoring.control.RowImport;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * Imports of counts, locations and occupancy reports from CSV files, all or nothing: every row is checked by the
 * rules of the forms and the caller's right to write its municipality before anything is written, and the whole
 * file is written in one transaction. A file imported before adds nothing; a row whose figures differ from what
 * is current becomes a correction with the reason "import &lt;file name&gt;".
 *
 * <p>A person's own spreadsheet may name columns differently ("Aantal BRP"): a mapping from those names to the
 * product's columns (or to nothing, to ignore one) is applied to the file and, once the file is imported, remembered
 * for that person's next file. Every file leaves a line in the history of the municipalities its rows were about,
 * a refused one with its report (for an officer: their own municipality's history, and no report of a file that was
 * also about other municipalities).
 */
@Stateless
public class MonitoringImports {

    private static final Logger LOG = Logger.getLogger(MonitoringImports.class.getName());

    @Inject
    CsvImporter importer;

    @Inject
    ImportBoard board;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    ImportRecords records;

    @Inject
    ImportRefusals refusals;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** Imports {@code file} (read, never changed or removed) and answers what it added; refused as a whole. */
    public ImportOutcome importFile(@NotNull ImportKind kind, @NotNull String fileName, @NotNull Path file) {
        return run(kind, fileName, file, Map.of(), null);
    }

    /** As {@link #importFile(ImportKind, String, Path)}, reading the file's columns by {@code mapping}. */
    public ImportOutcome importFile(@NotNull ImportKind kind, @NotNull String fileName, @NotNull Path file,
                                    @NotNull Map<String, String> mapping) {
        return run(kind, fileName, file, mapping, null);
    }

    /**
     * Whether a column of a file of that name holds personal data, which an import never reads: a person may only
     * leave it out.
     */
    public boolean holdsPersonalData(@NotNull String column) {
        return ImportColumn.personal(column);
    }

    /** The columns of the file's header the product does not know, as the file names them. */
    public List<String> unknownColumns(@NotNull ImportKind kind, @NotNull Path file) {
        importer();
        return importer.unknownColumns(kind, file);
    }

    /** The product's columns of this kind, by their Dutch names, for a mapping to choose from. */
    public List<String> columns(@NotNull ImportKind kind) {
        return RowImport.of(kind).columns().stream().map(ImportColumn::dutch).toList();
    }

    /** The same columns, each by its Dutch name to its English one, as a page in English names them. */
    public Map<String, String> englishNames(@NotNull ImportKind kind) {
        Map<String, String> names = new LinkedHashMap<>();
        RowImport.of(kind).columns().forEach(c -> names.put(c.dutch(), c.english()));
        return names;
    }

    /**
     * The same columns with the field each fills, as the forms name it ({@code ingeschreven_brp} fills
     * {@code registeredBrp}), so a mapping can say what a column means.
     */
    public Map<String, String> columnFields(@NotNull ImportKind kind) {
        Map<String, String> fields = new LinkedHashMap<>();
        RowImport.of(kind).columns().forEach(c -> fields.put(c.dutch(),
                Pattern.compile("_([a-z])").matcher(c.english()).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT))));
        return fields;
    }

    /** The caller's remembered names for columns: header name (lower case) to column, or "" for one ignored. */
    public Map<String, String> rememberedMapping(@NotNull ImportKind kind) {
        return records.mapping(importer().email(), kind);
    }

    /** A file to fill in: the Dutch header of this kind and one example row, separated by {@code ;}. */
    public String template(@NotNull ImportKind kind) {
        return template(kind, false);
    }

    /**
     * A file to fill in, with the header of this kind and one example row: in Dutch separated by {@code ;}, or in
     * English ({@code english}) separated by {@code ,}, with the choices by their English words. An officer's
     * example is of their own municipality, as every row they may import.
     */
    public String template(@NotNull ImportKind kind, boolean english) {
        AccountView caller = access.reader();
        return RowImport.of(kind).template(english, caller.role() == Role.OFFICER ? caller.municipalityCode()
                : RowImport.EXAMPLE_MUNICIPALITY);
    }

    /**
     * The latest imports and refusals about a municipality, newest first; {@code null} for all municipalities, which
     * only coordinators and auditors see.
     */
    public List<ImportHistoryEntry> history(String municipalityCode) {
        AccountView reader = municipalityCode == null ? access.provinceReader() : access.readerOf(municipalityCode);
        return records.history(municipalityCode, reader.role() != Role.OFFICER);
    }

    /** Opens a background import for the caller; poll {@link #progress} with the id, start it with {@link #start}. */
    public String newJob() {
        return board.open(importer().email());
    }

    /**
     * Runs the import of job {@code jobId} in the background, in a transaction of its own; takes {@code file} over
     * and removes it when done.
     */
    @Asynchronous
    public void start(@NotNull ImportKind kind, @NotNull String fileName, @NotNull Path file, @NotNull String jobId) {
        start(kind, fileName, file, Map.of(), jobId);
    }

    /** As {@link #start(ImportKind, String, Path, String)}, reading the file's columns by {@code mapping}. */
    @Asynchronous
    public void start(@NotNull ImportKind kind, @NotNull String fileName, @NotNull Path file,
                      @NotNull Map<String, String> mapping, @NotNull String jobId) {
        try {
            ImportOutcome outcome = run(kind, fileName, file, mapping, jobId);
            // Done once committed: a page that reloads the history then finds the file (and the remembered names).
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        board.finish(jobId, outcome);
                    } else {
                        board.fail(jobId);
                    }
                }
            });
        } catch (ImportRefusedException refused) {
            context.setRollbackOnly();
            board.refuse(jobId, refused.problems(), refused.total());
        } catch (AccessRefusedException refused) {
            context.setRollbackOnly();
            board.refuse(jobId, java.util.List.of(new ImportProblem(0, null, "error.forbidden", refused.getMessage())), 1);
        } catch (RuntimeException e) {
            context.setRollbackOnly();
            LOG.log(Level.WARNING, "import of " + ImportFileName.of(fileName) + " failed; nothing was written", e);
            board.fail(jobId);
        } finally {
            delete(file);
        }
    }

    public ImportProgress progress(@NotNull String jobId) {
        return board.progress(jobId, access.reader().email());
    }

    private ImportOutcome run(ImportKind kind, String fileName, Path file, Map<String, String> mapping, String jobId) {
        AccountView caller = importer();
        String name = ImportFileName.of(fileName);
        LocalDate today = DutchTime.today(clock);
        long started = System.nanoTime();
        Path staged = null;
        try {
            staged = Files.createTempFile("regie-import-checked", ".csv");
            Map<String, String> names = lowerCaseKeys(mapping);
            try {
                CsvImporter.Checked checked = importer.check(kind, file, names, today, staged, jobId);
                if (!names.isEmpty()) {
                    records.remember(caller.email(), kind, names);
                }
                long checkedIn = (System.nanoTime() - started) / 1_000_000;
                importer.holdFile(kind, checked.sha256());
                boolean before = importer.imported(kind, checked.sha256());
                Timestamp at = Timestamp.from(clock.instant());
                RowImport.Written written = write(kind, staged, checked, at, caller.email(), name, jobId);
                ImportOutcome outcome = new ImportOutcome(kind, name, checked.sha256(), checked.rows(),
                        written.added(), written.corrected(), written.unchanged(), before, written.notes());
                if (before && written.added() + written.corrected() == 0) {
                    // the same file again, and every figure still as it has it: nothing to log
                    return outcome;
                }
                importer.log(outcome, at, caller.email(), checked.municipalities());
                audit.record("import.completed", "import:" + kind + ":" + checked.sha256(), null,
                        Completed.of(outcome, written.superseded(), checked.municipalities()));
                LOG.info(() -> "imported %s: %d %s rows in %d ms, checked in %d ms".formatted(outcome.fileName(),
                        outcome.rows(), kind, (System.nanoTime() - started) / 1_000_000, checkedIn));
                return outcome;
            } catch (ImportRefusedException refused) {
                Set<String> about = caller.role() == Role.OFFICER ? Set.of(caller.municipalityCode())
                        : refused.municipalities();
                refusals.record(kind, name, about, refused, clock.instant(), caller.email(), names);
                throw refused;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            delete(staged);
        }
    }

    /**
     * The second pass. What the database refuses while the rows are written refuses the file as a whole: a version
     * someone else corrected since the rows were matched, or a key someone else took at the same moment (a BAG id,
     * the first report of a location and date), which the rows, checked against what was recorded, could not know.
     */
    private RowImport.Written write(ImportKind kind, Path staged, CsvImporter.Checked checked, Timestamp at,
                                    String by, String name, String jobId) {
        Set<String> municipalities = checked.municipalities();
        try {
            // the file's name and the start of its hash, which the import's entry in the audit trail holds whole
            return importer.write(kind, staged, checked.columns(), at, by,
                    "import " + name + " (SHA-256 " + checked.sha256().substring(0, 12) + ")", jobId);
        } catch (ConcurrentChangeException changed) {
            throw ImportRefusedException.changedMeanwhile("import.changed-meanwhile",
                    "someone else recorded or corrected records of this file meanwhile", municipalities);
        } catch (ImportRefusedException refused) {
            // the rows' own problems, found once they were matched with what is recorded
            throw new ImportRefusedException(refused.problems(), refused.total(), municipalities);
        } catch (InvalidInputException taken) {
            throw ImportRefusedException.changedMeanwhile("import.written-meanwhile",
                    "someone else recorded the same records meanwhile: " + taken.getMessage(), municipalities);
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> mapping) {
        Map<String, String> lower = new java.util.TreeMap<>();
        mapping.forEach((column, meaning) -> {
            if (column != null && !column.isBlank()) {
                lower.put(CsvRows.columnName(column), meaning == null ? "" : meaning.strip());
            }
        });
        return lower;
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove " + file, e);
        }
    }
    /** Officers and coordinators import; auditors never write. */
    private AccountView importer() {
        AccountView caller = access.reader();
        if (caller.role() == Role.AUDITOR) {
            throw new AccessRefusedException("auditors do not import");
        }
        return caller;
    }

    /**
     * What the audit trail keeps of an import: its outcome, the versions its corrections replaced (the first
     * {@link RowImport#NAMED_CORRECTIONS}), and the municipalities whose data the file wrote, so that the trail,
     * searched for a municipality or a record, finds the imports that changed its data too.
     */
    public record Completed(ImportKind kind, String fileName, String sha256, long rows, long added, long corrected,
                            List<Long> supersedes, long unchanged, List<ImportProblem> notes,
                            List<String> municipalities) {

        static Completed of(ImportOutcome outcome, List<Long> supersedes, Set<String> municipalities) {
            return new Completed(outcome.kind(), outcome.fileName(), outcome.sha256(), outcome.rows(), outcome.added(),
                    outcome.corrected(), supersedes, outcome.unchanged(), outcome.notes(),
                    municipalities.stream().sorted().toList());
        }
    }
}

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
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.monitoring.control.CsvImporter;
import nl.arbeidsmigratie.regie.monitoring.control.ImportBoard;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * Imports of counts, locations and occupancy reports from CSV files, all or nothing: every row is checked by the
 * rules of the forms and the caller's right to write its municipality before anything is written, and the whole
 * file is written in one transaction. A file imported before adds nothing; a row whose figures differ from what
 * is current becomes a correction with the reason "import &lt;file name&gt;".
 */
@Stateless
public class MonitoringImports {

    private static final Logger LOG = Logger.getLogger(MonitoringImports.class.getName());
    private static final int LONGEST_NAME = 200;

    @Inject
    CsvImporter importer;

    @Inject
    ImportBoard board;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Imports {@code file} (read, never changed or removed) and answers what it added; refused as a whole. */
    public ImportOutcome importFile(@NotNull ImportKind kind, @NotNull String fileName, @NotNull Path file) {
        return run(kind, fileName, file, null);
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
        try {
            board.finish(jobId, run(kind, fileName, file, jobId));
        } catch (ImportRefusedException refused) {
            context.setRollbackOnly();
            board.refuse(jobId, refused.problems(), refused.total());
        } catch (AccessRefusedException refused) {
            context.setRollbackOnly();
            board.refuse(jobId, java.util.List.of(new ImportProblem(0, null, "error.forbidden", refused.getMessage())), 1);
        } catch (RuntimeException e) {
            context.setRollbackOnly();
            LOG.log(Level.WARNING, "import of " + fileName + " failed; nothing was written", e);
            board.fail(jobId);
        } finally {
            delete(file);
        }
    }

    public ImportProgress progress(@NotNull String jobId) {
        return board.progress(jobId, access.reader().email());
    }

    private ImportOutcome run(ImportKind kind, String fileName, Path file, String jobId) {
        AccountView caller = importer();
        String name = fileName.isBlank() ? "upload.csv" : fileName.strip();
        name = name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
        LocalDate today = DutchTime.today(clock);
        long started = System.nanoTime();
        Path staged = null;
        try {
            staged = Files.createTempFile("regie-import-checked", ".csv");
            CsvImporter.Checked checked = importer.check(kind, file, today, staged, jobId);
            long checkedIn = (System.nanoTime() - started) / 1_000_000;
            if (importer.imported(kind, checked.sha256())) {
                return new ImportOutcome(kind, name, checked.sha256(), checked.rows(), 0, 0, 0, true);
            }
            Timestamp at = Timestamp.from(clock.instant());
            long[] tally = importer.write(kind, staged, at, caller.email(), "import " + name, jobId);
            ImportOutcome outcome = new ImportOutcome(kind, name, checked.sha256(), checked.rows(), tally[0], tally[1],
                    tally[2], false);
            importer.log(outcome, at, caller.email());
            audit.record("import.completed", "import:" + kind + ":" + checked.sha256(), null, outcome);
            LOG.info(() -> "imported %s: %d %s rows in %d ms, checked in %d ms".formatted(outcome.fileName(),
                    outcome.rows(), kind, (System.nanoTime() - started) / 1_000_000, checkedIn));
            return outcome;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            delete(staged);
        }
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
}

package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.arbeidsmigratie.regie.monitoring.api.ImportFileName;
import nl.arbeidsmigratie.regie.monitoring.api.ImportHistoryEntry;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportOutcome;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProgress;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringExports;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.DisplayValues;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.faces.SpreadsheetFiles;
import nl.arbeidsmigratie.regie.web.faces.UploadedNames;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The import page: drop or choose a CSV file of one kind; when its header has columns the product does not know,
 * say what each one is (remembered for the next file); follow the check and the writing while it runs in the
 * background; then see what it added or the lines that refused it, and the history of the municipality's imports.
 * Also a template file per kind and the CSV exports of a municipality chosen by name (officers: their own).
 */
@Named
@ViewScoped
public class ImportBacking extends MunicipalityPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());
    /** The choice "ignore this column" (an empty value would arrive as no choice at all). */
    public static final String IGNORE = "-";

    @Inject
    MonitoringImports imports;

    @Inject
    DisplayValues values;

    private final Map<ImportKind, Map<String, String>> columnFields = new EnumMap<>(ImportKind.class);
    private final Map<ImportKind, Map<String, String>> englishNames = new EnumMap<>(ImportKind.class);

    @Inject
    MonitoringExports exports;

    @Inject
    ImportLimit limit;

    private ImportKind kind = ImportKind.OCCUPANCY;
    private String jobId;
    private ImportProgress progress;
    private List<ImportHistoryEntry> history = List.of();
    /** A file waiting for its columns to be named, with the columns to name. */
    private String pendingFile;
    private String pendingName;
    private ImportKind pendingKind;
    private List<ColumnChoice> choices = List.of();

    /** One column of the file the product does not know, and what the person says it is ("" to ignore it). */
    public static final class ColumnChoice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String fileColumn;
        private final boolean personalData;
        private String meaning;

        ColumnChoice(String fileColumn, boolean personalData, String meaning) {
            this.fileColumn = fileColumn;
            this.personalData = personalData;
            this.meaning = meaning;
        }

        /** A column of personal data, which may only be left out. */
        public boolean isPersonalData() {
            return personalData;
        }

        public String getFileColumn() {
            return fileColumn;
        }

        public String getMeaning() {
            return meaning;
        }

        public void setMeaning(String meaning) {
            this.meaning = meaning;
        }
    }

    @Override
    public void load() {
        FacadeCalls.attempt(() -> history = imports.history(getMunicipality().code()));
    }

    /** Takes a dropped or chosen file (never held in memory), then asks for unknown columns or starts the import. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        // the kind the file came with (the upload carries the choice), whatever another request sets meanwhile
        ImportKind reading = kind;
        discardPending();
        progress = null;
        if (file == null) {
            Messages.addGlobalError("import.file.required");
            return;
        }
        if (file.getSize() > limit.maxBytes()) {
            Messages.addGlobalError("import.file.too-large", getMaxSize());
            return;
        }
        Path copy;
        try {
            copy = Files.createTempFile("regie-import", ".csv");
            boolean within;
            try (InputStream in = file.getInputStream()) {
                within = limit.copyWithin(in, copy);
            }
            if (!within) {
                Files.deleteIfExists(copy);
                Messages.addGlobalError("import.file.too-large", getMaxSize());
                return;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot keep an uploaded file", e);
            Messages.addGlobalError("import.failed");
            return;
        }
        String name = ImportFileName.of(UploadedNames.of(file));
        List<String> unknown = new ArrayList<>();
        if (!FacadeCalls.attempt(() -> unknown.addAll(imports.unknownColumns(reading, copy)))) {
            delete(copy);
            return;
        }
        if (unknown.isEmpty()) {
            start(copy, name, Map.of(), reading);
            return;
        }
        Optional<Fit> fitting = otherKindFitting(copy, unknown.size(), reading);
        if (fitting.isPresent()) {
            ResourceBundle bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
            String other = bundle.getString("import.kind." + fitting.get().kind());
            if (fitting.get().unknown() == 0) {
                delete(copy);
                Messages.addGlobalWarn("import.kind.other", other);
                return;
            }
            Messages.addGlobalWarn("import.kind.likely", other, bundle.getString("import.kind." + reading));
        }
        Map<String, String> remembered = new LinkedHashMap<>();
        FacadeCalls.attempt(() -> remembered.putAll(imports.rememberedMapping(reading)));
        pendingFile = copy.toString();
        pendingName = name;
        pendingKind = reading;
        choices = unknown.stream().map(column -> {
            String meaning = remembered.get(column.strip().toLowerCase(Locale.ROOT));
            boolean personal = imports.holdsPersonalData(column);
            // a meaning given to a column of personal data before is not given again: it may only be left out
            return new ColumnChoice(column, personal, meaning != null && meaning.isEmpty() ? IGNORE
                    : personal ? null : meaning);
        }).toList();
        if (choices.stream().allMatch(c -> c.getMeaning() != null)) {
            // every column was assigned before: offered as then, to be read with one click or assigned otherwise,
            // so a slip in the first assignment is not repeated on every file without being seen
            Messages.addGlobalInfo("import.mapping.remembered");
        }
    }

    /**
     * The other kind that knows more of the file's columns than the one chosen, which leaves {@code unknownHere}
     * unknown: with all of them known, a slip; with more of them known, likely one.
     */
    private Optional<Fit> otherKindFitting(Path file, int unknownHere, ImportKind chosen) {
        Optional<Fit> best = Optional.empty();
        for (ImportKind other : ImportKind.values()) {
            List<String> unknown = new ArrayList<>();
            if (other != chosen && FacadeCalls.attempt(() -> unknown.addAll(imports.unknownColumns(other, file)))
                    && unknown.size() < best.map(Fit::unknown).orElse(unknownHere)) {
                best = Optional.of(new Fit(other, unknown.size()));
            }
        }
        return best;
    }

    /** A kind of import and how many of a file's columns it does not know. */
    private record Fit(ImportKind kind, int unknown) {
    }

    /** Imports the waiting file with the columns as the person named them. */
    public void importMapped() {
        if (pendingFile == null) {
            return;
        }
        if (choices.stream().anyMatch(c -> c.getMeaning() == null)) {
            Messages.addGlobalError("import.mapping.incomplete");
            return;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        choices.forEach(c -> mapping.put(c.getFileColumn(), IGNORE.equals(c.getMeaning()) ? "" : c.getMeaning()));
        Path file = Path.of(pendingFile);
        String name = pendingName;
        pendingFile = null;
        choices = List.of();
        start(file, name, mapping, pendingKind);
    }

    /**
     * Another kind chosen while a file's columns wait to be assigned: they were asked for the kind before, so the file
     * is chosen again rather than read as a kind it was not assigned for.
     */
    public void kindChanged() {
        // the change may arrive after the file it was made for, which was read as that kind already
        if (pendingFile != null && kind != pendingKind) {
            discardPending();
            Messages.addGlobalWarn("import.mapping.kind-changed");
            Ajax.update("mapping", "importForm:messages");
        }
    }

    public void cancelMapping() {
        discardPending();
    }

    private void start(Path file, String name, Map<String, String> mapping, ImportKind as) {
        boolean started = FacadeCalls.attempt(() -> {
            jobId = imports.newJob();
            imports.start(as, name, file, mapping, jobId);
            progress = imports.progress(jobId);
        });
        if (!started) {
            delete(file);
        }
    }

    /** Whether the import done was of a file imported before whose every figure stood as it has it. */
    public boolean isUnchangedAgain() {
        ImportOutcome outcome = progress == null ? null : progress.outcome();
        return outcome != null && outcome.alreadyImported() && outcome.added() + outcome.corrected() == 0;
    }

    /** Polled by the page; a job this instance no longer knows ends the polling with a message. */
    public void refresh() {
        if (jobId != null) {
            try {
                progress = imports.progress(jobId);
                if (progress.finished()) {
                    jobId = null;
                    load();
                    // the history changes only now: each tick before renders the progress alone
                    Ajax.update("historyForm");
                }
            } catch (AccessRefusedException gone) {
                jobId = null;
                progress = null;
                Messages.addGlobalError("import.progress.lost");
            }
        }
    }

    /**
     * A municipality's export in the form of the page's template: in Dutch its column names, semicolons and decimal
     * commas, so a spreadsheet set to Dutch opens it in columns; in English names, commas and decimal points, as an
     * English spreadsheet reads them. Either is imported again as it is.
     */
    public void export(ImportKind what) throws IOException {
        String[] csv = new String[1];
        String code = getMunicipality().code();
        boolean english = isEnglish();
        if (FacadeCalls.attempt(() -> csv[0] = english ? exports.export(what, code)
                : exports.exportForSpreadsheet(what, code))) {
            SpreadsheetFiles.send(csv[0], ImportTemplates.exportName(what, code));
        }
    }

    /** The template of a kind in the page's language: its column names and one example row. */
    public void template(ImportKind what) throws IOException {
        template(what, isEnglish());
    }

    /** The template of a kind in the other language than the page's, for a spreadsheet set to that one. */
    public void otherTemplate(ImportKind what) throws IOException {
        template(what, !isEnglish());
    }

    private void template(ImportKind what, boolean english) throws IOException {
        SpreadsheetFiles.send(imports.template(what, english), ImportTemplates.fileName(what, english));
    }

    /** Whether the page is in English, so columns and templates are named in English. */
    private static boolean isEnglish() {
        return Faces.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** The reason of a problem in the page's language; rule texts not in the bundle fall back to their detail. */
    /** A report's problems with consecutive lines of one finding as one row. */
    public List<ProblemRuns.Run> runs(List<ImportProblem> problems) {
        return ProblemRuns.of(problems);
    }

    public String reason(ImportProblem problem) {
        ResourceBundle bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
        return bundle.containsKey(problem.messageKey())
                ? MessageTexts.format(bundle.getString(problem.messageKey()), problem.messageArguments())
                : problem.detail();
    }

    private void discardPending() {
        if (pendingFile != null) {
            delete(Path.of(pendingFile));
        }
        pendingFile = null;
        choices = List.of();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove " + file, e);
        }
    }

    /** The largest file the import takes, in bytes: the upload's size limit. */
    public long getMaxBytes() {
        return limit.maxBytes();
    }

    /** The same for people, such as {@code 20 MB}. */
    public String getMaxSize() {
        return Problem.megabytes(limit.maxBytes());
    }

    /** What the upload says of a file above the limit, in the page's language. */
    public String getTooLargeMessage() {
        ResourceBundle bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
        return MessageFormat.format(bundle.getString("import.file.too-large"), getMaxSize());
    }

    public boolean isRunning() {
        return progress != null && !progress.finished();
    }

    public boolean isMayImport() {
        return layout.getAccount().role() != Role.AUDITOR;
    }

    public boolean isMapping() {
        return pendingFile != null;
    }

    public List<String> getColumns() {
        return imports.columns(kind);
    }

    /**
     * A column as the mapping offers it: its name in the page's language (the internal one is Dutch) and, where the
     * forms have one, the field's label.
     */
    public String columnLabel(String column) {
        String field = columnFields.computeIfAbsent(kind, imports::columnFields).get(column);
        String name = isEnglish() ? englishNames.computeIfAbsent(kind, imports::englishNames)
                .getOrDefault(column, column) : column;
        String label = field == null ? null : values.field(field);
        return label == null || label.equals(field) ? name : name + " — " + label;
    }

    public List<ColumnChoice> getChoices() {
        return choices;
    }

    public String getPendingName() {
        return pendingName;
    }

    public List<ImportHistoryEntry> getHistory() {
        return history;
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        if (kind != null) {
            this.kind = kind;
        }
    }

    public ImportProgress getProgress() {
        return progress;
    }
}

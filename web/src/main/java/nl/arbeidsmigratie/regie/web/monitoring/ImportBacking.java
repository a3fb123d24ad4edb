package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProblem;
import nl.arbeidsmigratie.regie.monitoring.api.ImportProgress;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringExports;
import nl.arbeidsmigratie.regie.monitoring.api.MonitoringImports;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import nl.arbeidsmigratie.regie.web.rest.Problem;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The import page: upload a CSV file of one kind, follow its progress while it runs in the background, then see
 * what it added or the lines that refused it. Also the CSV exports of a municipality.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringImports imports;

    @Inject
    MonitoringExports exports;

    @Inject
    LayoutBacking layout;

    @Inject
    ImportLimit limit;

    private ImportKind kind = ImportKind.OCCUPANCY;
    private transient UploadedFile file;
    private String jobId;
    private ImportProgress progress;
    private String exportMunicipality;

    @PostConstruct
    void init() {
        AccountView account = layout.getAccount();
        exportMunicipality = account.role() == Role.OFFICER ? account.municipalityCode() : "GM1783";
    }

    /** Saves the upload to a temporary file (never in memory) and starts the import in the background. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
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
            Messages.addGlobalError("import.failed");
            return;
        }
        FacadeCalls.attempt(() -> {
            jobId = imports.newJob();
            imports.start(kind, file.getFileName() == null ? "upload.csv" : file.getFileName(), copy, jobId);
            progress = imports.progress(jobId);
        });
    }

    /** Polled by the page; a job this instance no longer knows ends the polling with a message. */
    public void refresh() {
        if (jobId != null) {
            try {
                progress = imports.progress(jobId);
            } catch (AccessRefusedException gone) {
                jobId = null;
                progress = null;
                Messages.addGlobalError("import.progress.lost");
            }
        }
    }

    public void export(ImportKind what) throws IOException {
        String[] csv = new String[1];
        if (FacadeCalls.attempt(() -> csv[0] = exports.export(what, exportMunicipality.strip().toUpperCase(Locale.ROOT)))) {
            Faces.sendFile(csv[0].getBytes(StandardCharsets.UTF_8),
                    what.name().toLowerCase(Locale.ROOT) + "-" + exportMunicipality + ".csv", true);
        }
    }

    /** The reason of a problem in the page's language; rule texts not in the bundle fall back to their detail. */
    public String reason(ImportProblem problem) {
        ResourceBundle bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, Faces.getLocale());
        return bundle.containsKey(problem.messageKey())
                ? MessageTexts.format(bundle.getString(problem.messageKey()), problem.arguments().toArray())
                : problem.detail();
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

    public boolean isMayChooseMunicipality() {
        return layout.getAccount().role() != Role.OFFICER;
    }

    public boolean isMayImport() {
        return layout.getAccount().role() != Role.AUDITOR;
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public String getExportMunicipality() {
        return exportMunicipality;
    }

    public void setExportMunicipality(String exportMunicipality) {
        if (exportMunicipality != null && !exportMunicipality.isBlank()) {
            this.exportMunicipality = exportMunicipality;
        }
    }
}

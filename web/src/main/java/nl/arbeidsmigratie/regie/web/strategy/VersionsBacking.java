package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.strategy.api.Comparison;
import nl.arbeidsmigratie.regie.strategy.api.SectionComparison;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import org.omnifaces.util.Messages;

/**
 * The versions of one document ({@code ?id=}): who saved which and why, the adopted one marked; any two compared
 * side by side per section, word by word, unchanged sections folded; an earlier one restored as a new version by
 * the authors of a draft.
 */
@Named
@ViewScoped
public class VersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentVersions versions;

    @Inject
    StrategyDocuments documents;

    @Inject
    DocumentWorkflow workflow;

    private Long id;
    private DocumentView document;
    private List<VersionSummary> list = List.of();
    private Integer adoptedVersion;
    /** The version handed in for review the time before the last; null until it was handed in twice. */
    private Integer handedInBefore;
    private Integer before;
    private Integer after;
    private Comparison comparison;
    private Integer restoring;
    private String note;

    @PostConstruct
    void open() {
        id = StrategyPages.requestedDocument();
        if (id != null) {
            // a document not there, or not for the caller, is told by the page's own notice alone
            FacadeCalls.of(this::read).onInvalid(unknown -> { }).run();
        }
        NotFound.whenMissing(NotFound.asked("id"), document);
        if (document != null && list.size() >= 2) {
            // the latest two, which a reader compares first, whatever order the list is in; a document handed in
            // again against what was handed in the time before: all a reviewer has not read yet
            List<Integer> numbers = list.stream().map(VersionSummary::number).sorted().toList();
            after = numbers.get(numbers.size() - 1);
            before = handedInBefore != null && handedInBefore < after ? handedInBefore
                    : numbers.get(numbers.size() - 2);
        }
    }

    private void load() {
        FacadeCalls.attempt(this::read);
    }

    private void read() {
        document = documents.find(id);
        list = versions.list(id);
        List<TransitionView> history = workflow.history(id);
        adoptedVersion = StrategyPages.adoptedVersion(history);
        List<Integer> handedIn = history.stream().filter(TransitionView::submitted)
                .map(TransitionView::versionNumber).filter(Objects::nonNull).toList();
        handedInBefore = handedIn.size() < 2 ? null : handedIn.get(handedIn.size() - 2);
    }

    public void compare() {
        if (before == null || after == null) {
            Messages.addGlobalError("strategy.versions.chooseTwo");
            return;
        }
        if (before > after) {
            // the earlier is the earlier whichever list it was chosen in: compared as meant, and the choice shown so
            int later = before;
            before = after;
            after = later;
            Messages.addGlobalInfo("strategy.versions.swapped", before, after);
        }
        FacadeCalls.of(() -> comparison = versions.compare(id, before, after)).fieldsIn("versions").run();
    }

    public void startRestore(VersionSummary version) {
        restoring = version.number();
        note = null;
    }

    public void restore() {
        VersionSummary[] restored = new VersionSummary[1];
        if (FacadeCalls.of(() -> restored[0] = versions.restore(id, restoring, note)).fieldsIn("restoreForm").run()) {
            Messages.addGlobalInfo("strategy.versions.restored", restoring, restored[0].number());
            comparison = null;
        }
        load();
    }

    public boolean isFound() {
        return document != null;
    }

    public boolean isMayRestore() {
        return document != null && document.editable();
    }

    public String pdfLink(int version) {
        return StrategyPages.pdfLink(id, version);
    }

    public DocumentView getDocument() {
        return document;
    }

    /**
     * The version a restore kept of the text as it was, which its author gave no note: the number of the version the
     * restore that followed it brought back, or null for any other version.
     */
    public Integer keptBeforeRestoring(VersionSummary version) {
        return keptBeforeRestoring(list, version);
    }

    static Integer keptBeforeRestoring(List<VersionSummary> list, VersionSummary version) {
        if (version.note() != null) {
            return null;
        }
        return list.stream().filter(v -> v.number() == version.number() + 1 && v.restoredFrom() != null
                        && v.createdAt().equals(version.createdAt()))
                .map(VersionSummary::restoredFrom).findFirst().orElse(null);
    }

    public List<VersionSummary> getList() {
        return list;
    }

    public Integer getAdoptedVersion() {
        return adoptedVersion;
    }

    public Comparison getComparison() {
        return comparison;
    }

    /** How many chapters the comparison shows changed, for the sentence a screen reader hears when it comes. */
    public long getChangedChapters() {
        return comparison == null ? 0 : comparison.sections().stream().filter(SectionComparison::changed).count();
    }

    public Integer getBefore() {
        return before;
    }

    public void setBefore(Integer before) {
        this.before = before;
    }

    public Integer getAfter() {
        return after;
    }

    public void setAfter(Integer after) {
        this.after = after;
    }

    public Integer getRestoring() {
        return restoring;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

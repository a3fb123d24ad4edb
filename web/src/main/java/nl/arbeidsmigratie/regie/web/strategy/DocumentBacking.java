package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.AdoptionBody;
import nl.arbeidsmigratie.regie.strategy.api.CoAuthor;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentDetails;
import nl.arbeidsmigratie.regie.strategy.api.DocumentKind;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentVersions;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.DocumentWorkflow;
import nl.arbeidsmigratie.regie.strategy.api.ReviewComments;
import nl.arbeidsmigratie.regie.strategy.api.SectionConflict;
import nl.arbeidsmigratie.regie.strategy.api.SectionFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionSaved;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.StrategyDocuments;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionSummary;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.faces.LayoutBacking;
import nl.arbeidsmigratie.regie.web.faces.NotFound;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * One strategy document ({@code ?id=}): its details, its sections with the editor for its authors while it is a
 * draft (saved as they type, against the section version they started from, so a save that comes too late shows
 * both texts instead of overwriting), frozen figures, review comments, versions and the workflow steps the
 * person's role and the document's status allow. The facades decide; the page only offers what they would allow.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    /** The client id of a section's editor, as a request names its source: quoted into a script, so nothing else. */
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)+");

    /** The request parameter with the version a kept text was typed on (resources/js/editor.js). */
    private static final String KEPT_ON = "regie-kept-on";

    /**
     * How the facade refuses a chapter the author can no longer reach: removed by another author, or the document no
     * longer theirs to write (their municipality no longer a co-author). The page had it open, so it says both.
     */
    private static final String UNKNOWN_SECTION = "error.strategy.section.unknown";

    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");

    private static final long serialVersionUID = 1L;

    /** The adoption's rules name its parts as the API does; the form's fields, by their ids. */
    private static final Map<String, String> ADOPTION_FIELDS = Map.of("body", "adoptionBody", "date", "adoptionDate",
            "reference", "adoptionReference");

    @Inject
    StrategyDocuments documents;

    @Inject
    SectionFigures figures;

    @Inject
    DocumentWorkflow workflow;

    @Inject
    DocumentVersions versions;

    @Inject
    ReviewComments reviewComments;

    @Inject
    AccountDirectory directory;

    @Inject
    MunicipalityAreas areas;

    @Inject
    LayoutBacking layout;

    private Long id;
    private DocumentView document;
    /** The document in force of this one's municipality and kind, read when first asked after each reload. */
    private DocumentView inForce;
    private boolean inForceRead;
    /** Whether this adopted document is no longer in force, as the lists say; read when first asked after a reload. */
    private Boolean outOfForce;
    private final List<SectionView> sections = new ArrayList<>();
    private final SectionDrafts drafts = new SectionDrafts();
    private List<TransitionView> history = List.of();
    private List<CommentView> comments = List.of();
    private boolean recallable;
    private List<VersionSummary> versionList = List.of();
    private boolean enrolmentOffered;

    private Long chosenSection;
    private String reason;
    private LocalDate referenceDate;
    private String quote;
    private String commentText;
    private final Map<Long, String> replies = new HashMap<>();
    /** The comment its author is rewriting in the dialog, and the text as it is being typed. */
    private Long revising;
    private String revisedText;
    private String sectionTitle;
    private String renameTitle;
    private String versionNote;
    private String sendBackComments;
    private AdoptionBody adoptionBody;
    private LocalDate adoptionDate;
    private String adoptionReference;
    private String withdrawReason;
    private String title;
    private PolicyField[] policyFields = {};
    private String reviewerEmail;
    /** A note for the reviewer with a submission, such as what changed since the document was sent back. */
    private String submitNote;
    private String coAuthorCode;
    private List<AccountView> coordinators;
    private List<MunicipalityArea> municipalities;

    @PostConstruct
    void open() {
        id = StrategyPages.requestedDocument();
        if (id != null) {
            // a document not there, or not for the caller, is told by the page's own notice alone
            FacadeCalls.of(() -> show(documents.find(id))).onInvalid(unknown -> { }).run();
        }
        NotFound.whenMissing(NotFound.asked("id"), document);
    }

    /** Shows the document as stored now, with its history, versions and (for participants) comments. */
    private void show(DocumentView view) {
        document = view;
        sections.clear();
        sections.addAll(view.sections());
        sections.forEach(drafts::stored);
        history = workflow.history(id);
        versionList = versions.list(id);
        comments = isCoordinator() || isAuthor() ? reviewComments.list(id) : List.of();
        enrolmentOffered = workflow.enrolmentToMarkAdopted(id).isPresent();
        recallable = view.status() == DocumentStatus.IN_REVIEW && workflow.recallable(id);
        inForceRead = false;
        outOfForce = null;
    }

    private void reload() {
        // a document not there, or not for the caller, is told by the page's own notice alone
        FacadeCalls.of(() -> show(documents.find(id))).onInvalid(unknown -> { }).run();
        NotFound.whenMissing(true, document);
    }

    /** Runs a change of the document and shows what is stored afterwards, also when it was refused. */
    private boolean change(Runnable call, String doneKey, Object... arguments) {
        boolean done = FacadeCalls.attempt(call, "strategy.document.changed-meanwhile");
        if (done && doneKey != null) {
            Messages.addGlobalInfo(doneKey, arguments);
        }
        reload();
        return done;
    }

    // --- sections: typing, conflicts, shape ---

    /**
     * Saves what the author typed in a section, as they type; a stale save turns into the conflict view. Text the
     * page kept when its session ended comes back after signing in again with the version it was typed on, so a
     * save by someone else in between is a conflict too, not overwritten.
     */
    public void autosave(long sectionId) {
        String keptOn = Faces.getRequestParameter(KEPT_ON);
        long version = keptOn != null && VERSION.matcher(keptOn).matches() ? Long.parseLong(keptOn)
                : drafts.basedOn(sectionId);
        save(sectionId, version, drafts.getTexts().get(sectionId));
    }

    /** After a conflict: the stored text becomes the author's text, nothing is saved. */
    public void takeTheirs(long sectionId) {
        SectionConflict conflict = drafts.conflict(sectionId);
        if (conflict != null) {
            replaceSection(conflict.current());
            drafts.saved(conflict.current(), "strategy.section.tookTheirs", conflict.current().changedAt());
        }
    }

    public void keepMine(long sectionId) {
        SectionConflict conflict = drafts.conflict(sectionId);
        if (conflict != null) {
            save(sectionId, conflict.current().version(), conflict.yourHtml());
        }
    }

    public void saveMerged(long sectionId) {
        SectionConflict conflict = drafts.conflict(sectionId);
        if (conflict != null) {
            save(sectionId, conflict.current().version(), drafts.getMerged().get(sectionId));
        }
    }

    private void save(long sectionId, long version, String html) {
        FacadeCalls.of(() -> {
            SectionSaved saved = documents.saveSection(sectionId, version, html);
            boolean wasConflict = drafts.conflict(sectionId) != null;
            replaceSection(saved.section());
            drafts.saved(saved.section(), saved.imagesRemoved() && saved.markupRemoved()
                    ? "strategy.section.savedImagesAndMarkupRemoved"
                    : saved.imagesRemoved() ? "strategy.section.savedImagesRemoved"
                    : saved.markupRemoved() ? "strategy.section.savedMarkupRemoved" : "strategy.section.saved",
                    saved.section().changedAt(), saved.notInPdf());
            if (wasConflict) {
                updateSection();
            } else if (saved.imagesRemoved() || saved.markupRemoved()) {
                showStored(saved.section().html());
            }
        }).onConflict(e -> {
            drafts.conflict(sectionId, (SectionConflict) e.current());
            updateSection();
        }).onInvalid(e -> drafts.failed(sectionId, UNKNOWN_SECTION.equals(e.messageKey()) ? "strategy.section.gone"
                : e.messageKey(), e.arguments())).run();
    }

    /** Re-renders the section the request came from, e.g. {@code doc:sections:2:text} → {@code …:section}. */
    private static void updateSection() {
        String source = Faces.getRequestParameter("jakarta.faces.source");
        if (source != null && CLIENT_ID.matcher(source).matches()) {
            PrimeFaces.current().ajax().update(source.substring(0, source.lastIndexOf(':') + 1) + "section");
            PrimeFaces.current().executeScript("RegieEditor.refocus('" + source + "')");
        }
    }

    /**
     * Puts the text as stored (a pasted table as lines, an image left out) in the editor the request came from, in the
     * browser, which leaves it as it is when the author typed on while the request was away: their next save is then
     * on its way, and its answer puts the text in.
     */
    private static void showStored(String html) {
        String source = Faces.getRequestParameter("jakarta.faces.source");
        if (source != null && CLIENT_ID.matcher(source).matches()) {
            // a JSON string, its angle brackets escaped too, so no text closes the script it travels in
            String text = jakarta.json.Json.createValue(html == null ? "" : html).toString().replace("<", "\\u003c")
                    .replace(">", "\\u003e");
            PrimeFaces.current().executeScript("RegieEditor.stored('" + source + "', " + text + ")");
        }
    }

    private void replaceSection(SectionView changed) {
        sections.replaceAll(s -> s.id() == changed.id() ? changed : s);
    }

    /** The save status of a section in the page's language: when it was saved, or what went wrong. */
    public String status(long sectionId) {
        SectionDrafts.Status status = drafts.status(sectionId);
        if (status == null) {
            return "";
        }
        String said = StrategyPages.format(status.key(), status.arguments());
        // what the PDF cannot show is said whatever else the save changed
        Object notInPdf = !status.failed() && status.arguments().length > 1 ? status.arguments()[1] : null;
        return notInPdf == null || notInPdf.toString().isEmpty() ? said
                : said + (said.endsWith(".") ? " " : ". ")
                        + StrategyPages.format("strategy.section.notInPdf", notInPdf);
    }

    public boolean statusFailed(long sectionId) {
        SectionDrafts.Status status = drafts.status(sectionId);
        return status != null && status.failed();
    }

    public void choose(SectionView section) {
        chosenSection = section.id();
        if (isCoordinator() || isAuthor()) {
            // as stored now: a passage a comment quotes may have been rewritten since the page was opened
            FacadeCalls.attempt(() -> comments = reviewComments.list(id));
        }
        reason = null;
        referenceDate = LocalDate.now(DutchTime.ZONE);
        quote = null;
        commentText = null;
        replies.clear();
    }

    public void markNotApplicable() {
        sectionChange(() -> documents.markNotApplicable(chosenSection, drafts.basedOn(chosenSection), reason),
                "notApplicableForm", "strategy.section.markedNotApplicable");
    }

    public void markApplicable(SectionView section) {
        chosenSection = section.id();
        sectionChange(() -> documents.markApplicable(section.id(), drafts.basedOn(section.id())), null,
                "strategy.section.markedApplicable");
    }

    public void freezeFigures() {
        sectionChange(() -> figures.freeze(chosenSection, drafts.basedOn(chosenSection), referenceDate),
                "figuresForm", "strategy.figures.inserted");
    }

    public void removeFigures(SectionView section) {
        chosenSection = section.id();
        sectionChange(() -> figures.remove(section.id(), drafts.basedOn(section.id())), null,
                "strategy.figures.removed");
    }

    /** A change of a section other than its text; afterwards the section shows what is stored. */
    private void sectionChange(Supplier<SectionView> call, String formId, String doneKey) {
        FacadeCalls.Attempt attempt = FacadeCalls.of(() -> {
            SectionView changed = call.get();
            replaceSection(changed);
            drafts.stored(changed);
            Messages.addGlobalInfo(doneKey);
        }).onConflict(e -> {
            Messages.addGlobalError("strategy.section.changed-meanwhile");
            reload();
        });
        if (formId != null) {
            attempt.fieldsIn(formId);
        }
        attempt.run();
    }

    public void addSection() {
        if (FacadeCalls.of(() -> documents.addSection(id, sectionTitle)).fieldsIn("sectionForm").run()) {
            Messages.addGlobalInfo("strategy.section.added");
            reload();
        }
    }

    public void startRename(SectionView section) {
        choose(section);
        renameTitle = section.title();
    }

    public void renameSection() {
        SectionView chosen = getChosen();
        if (chosen != null && FacadeCalls.of(() -> documents.renameSection(chosen.id(), chosen.version(), renameTitle))
                .fieldsIn("renameForm").run()) {
            Messages.addGlobalInfo("strategy.section.renamed");
            reload();
        }
    }

    /** Removes a section of the authors' own; the facade refuses a goal's section or one with review comments. */
    public void removeSection(SectionView section) {
        change(() -> documents.removeSection(section.id(), section.version()), "strategy.section.removed");
    }

    public String getRenameTitle() {
        return renameTitle;
    }

    public void setRenameTitle(String renameTitle) {
        this.renameTitle = renameTitle;
    }

    public void moveUp(SectionView section) {
        move(section, -1);
    }

    public void moveDown(SectionView section) {
        move(section, 1);
    }

    private void move(SectionView section, int step) {
        List<Long> order = new ArrayList<>(sections.stream().map(SectionView::id).toList());
        int at = order.indexOf(section.id());
        if (at + step < 0 || at + step >= order.size()) {
            return;
        }
        Collections.swap(order, at, at + step);
        change(() -> documents.reorder(id, order), null);
    }

    // --- review comments ---

    public List<CommentView> commentsOf(long sectionId) {
        return comments.stream().filter(c -> c.sectionId() == sectionId).toList();
    }

    public long openCommentsOf(long sectionId) {
        return comments.stream().filter(c -> c.sectionId() == sectionId && !c.resolved()).count();
    }

    /** The passages the open comments on a section quote, as a JSON list, for the page to mark in its text. */
    public String openQuotesOf(long sectionId) {
        JsonArrayBuilder quotes = Json.createArrayBuilder();
        comments.stream().filter(c -> c.sectionId() == sectionId && !c.resolved() && c.quote() != null)
                .map(CommentView::quote).distinct().forEach(quotes::add);
        return quotes.build().toString();
    }

    /** The chapters an author has not written yet nor marked not applicable, as the submit dialog warns of them. */
    public List<String> getEmptySections() {
        return sections.stream().filter(s -> !s.notApplicable() && RichText.toText(s.html()).isBlank())
                .map(SectionView::title).toList();
    }

    /** The titles of the chapters with open review comments, which keep the document from being adopted. */
    public List<String> getOpenCommentSections() {
        return sections.stream().filter(s -> openCommentsOf(s.id()) > 0).map(SectionView::title).toList();
    }

    public long getOpenComments() {
        return comments.stream().filter(c -> !c.resolved()).count();
    }

    public List<CommentView> getChosenComments() {
        return chosenSection == null ? List.of() : commentsOf(chosenSection);
    }

    public SectionView getChosen() {
        return sections.stream().filter(s -> chosenSection != null && s.id() == chosenSection).findFirst().orElse(null);
    }

    public void addComment() {
        if (FacadeCalls.of(() -> reviewComments.add(id, chosenSection, quote, commentText)).fieldsIn("commentsForm")
                .run()) {
            quote = null;
            commentText = null;
            Messages.addGlobalInfo("strategy.comment.added");
            reload();
        }
    }

    public void reply(CommentView thread) {
        if (FacadeCalls.of(() -> reviewComments.reply(thread.id(), replies.get(thread.id())))
                .fieldsIn("commentsForm", DocumentBacking::replyField).run()) {
            replies.remove(thread.id());
            Messages.addGlobalInfo("strategy.comment.replied");
            reload();
        }
    }

    /** Resolves a thread with the reply typed beside it, so that reply is not lost. */
    public void resolve(CommentView thread) {
        boolean done = FacadeCalls.of(() -> reviewComments.resolve(thread.id(), thread.version(),
                        replies.get(thread.id())))
                .onConflict("strategy.document.changed-meanwhile")
                .fieldsIn("commentsForm", DocumentBacking::replyField).run();
        if (done) {
            replies.remove(thread.id());
            Messages.addGlobalInfo("strategy.comment.resolved");
        }
        reload();
    }

    /** A refused reply is shown at the reply field of the thread whose button sent it. */
    private static Optional<FacadeCalls.Place> replyField(String field) {
        String source = Faces.getRequestParameter("jakarta.faces.source");
        return "text".equals(field) && source != null && source.contains(":")
                ? Optional.of(new FacadeCalls.Place(source.substring(0, source.lastIndexOf(':') + 1) + "reply", null))
                : Optional.empty();
    }

    public void reopen(CommentView thread) {
        change(() -> reviewComments.reopen(thread.id(), thread.version()), "strategy.comment.reopened");
    }

    /** Whether the caller may still change or take back this comment: theirs, open and not answered. */
    public boolean mayRevise(CommentView comment) {
        return isMayWriteComments() && comment.author().equalsIgnoreCase(layout.getAccount().email())
                && comment.replies().isEmpty() && !comment.resolved();
    }

    public void startRevising(CommentView comment) {
        revising = comment.id();
        revisedText = comment.text();
    }

    public void stopRevising() {
        revising = null;
        revisedText = null;
    }

    public void saveRevision(CommentView comment) {
        if (change(() -> reviewComments.change(comment.id(), comment.version(), revisedText),
                "strategy.comment.changed")) {
            stopRevising();
        }
    }

    public void removeComment(CommentView comment) {
        change(() -> reviewComments.remove(comment.id(), comment.version()), "strategy.comment.removed");
    }

    public Long getRevising() {
        return revising;
    }

    public String getRevisedText() {
        return revisedText;
    }

    public void setRevisedText(String revisedText) {
        this.revisedText = revisedText;
    }

    // --- the document as a whole ---

    public void startDescribe() {
        title = document.title();
        policyFields = document.policyFields().toArray(PolicyField[]::new);
        reviewerEmail = document.reviewerEmail();
    }

    public void describe() {
        if (FacadeCalls.of(() -> documents.describe(id, new DocumentDetails(title, Set.of(policyFields),
                reviewerEmail, document.version()))).fieldsIn("describeForm")
                .onConflict(e -> Messages.addGlobalError("strategy.document.changed-meanwhile")).run()) {
            Messages.addGlobalInfo("strategy.document.described");
        }
        reload();
    }

    /** Adds the chosen municipality, which the message then names. */
    public void addCoAuthor() {
        String code = coAuthorCode == null ? "" : coAuthorCode;
        String name = getCoAuthorChoices().stream().filter(m -> m.code().equals(code)).map(MunicipalityArea::name)
                .findFirst().orElse(code);
        change(() -> documents.addCoAuthor(id, code), "strategy.coauthor.added", name);
    }

    public void removeCoAuthor(String municipalityCode) {
        String name = document.coAuthors().stream().filter(c -> c.municipalityCode().equals(municipalityCode))
                .map(CoAuthor::municipalityName).findFirst().orElse(municipalityCode);
        change(() -> documents.removeCoAuthor(id, municipalityCode), "strategy.coauthor.removed", name);
    }

    public void saveVersion() {
        VersionSummary[] saved = new VersionSummary[1];
        if (FacadeCalls.of(() -> saved[0] = versions.save(id, versionNote)).fieldsIn("versionForm").run()) {
            versionNote = null;
            Messages.addGlobalInfo("strategy.version.saved", saved[0].number());
            reload();
        }
    }

    /** The reviewer chosen before; the one coordinator there is, when there is just one. */
    public void startSubmit() {
        submitNote = null;
        reviewerEmail = document.reviewerEmail();
        if (reviewerEmail == null && getCoordinators().size() == 1) {
            reviewerEmail = getCoordinators().get(0).email();
        }
    }

    /** Submits to the chosen reviewer, recording the choice first when it changed. */
    public void submit() {
        if (reviewerEmail != null && !reviewerEmail.equals(document.reviewerEmail())
                && !FacadeCalls.of(() -> documents.describe(id, new DocumentDetails(document.title(),
                        document.policyFields(), reviewerEmail, document.version()))).fieldsIn("submitForm").run()) {
            return;
        }
        if (FacadeCalls.of(() -> workflow.submit(id, submitNote)).fieldsIn("submitForm").run()) {
            Messages.addGlobalInfo("strategy.workflow.submitted");
        }
        reload();
    }

    public String getSubmitNote() {
        return submitNote;
    }

    public void setSubmitNote(String submitNote) {
        this.submitNote = submitNote;
    }

    public void recall() {
        if (FacadeCalls.attempt(() -> workflow.recall(id))) {
            Messages.addGlobalInfo("strategy.workflow.recalled");
        }
        reload();
    }

    public void sendBack() {
        if (FacadeCalls.of(() -> workflow.sendBack(id, sendBackComments)).onInvalid(
                e -> Messages.addError("sendBackForm:comment", e.messageKey(), e.arguments())).run()) {
            Messages.addGlobalInfo("strategy.workflow.sentBack");
            sendBackComments = null;
        }
        reload();
    }

    public void adopt() {
        if (FacadeCalls.of(() -> workflow.adopt(id, new Adoption(adoptionBody, adoptionDate, adoptionReference)))
                .onInvalid(this::adoptionRefused).run()) {
            Messages.addGlobalInfo("strategy.workflow.adopted");
        }
        reload();
    }

    private void adoptionRefused(InvalidInputException e) {
        if (ADOPTION_FIELDS.containsKey(e.field())) {
            Messages.addError("adoptForm:" + ADOPTION_FIELDS.get(e.field()), e.messageKey(), e.arguments());
        } else {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    public void withdraw() {
        if (FacadeCalls.of(() -> workflow.withdraw(id, withdrawReason)).onInvalid(
                e -> Messages.addError("withdrawForm:reason", e.messageKey(), e.arguments())).run()) {
            Messages.addGlobalInfo("strategy.workflow.withdrawn");
        }
        reload();
    }

    public void newRevision() {
        DocumentView[] revision = new DocumentView[1];
        if (FacadeCalls.attempt(() -> revision[0] = workflow.newRevision(id))) {
            Faces.redirect("app/strategy/document.xhtml?id=" + revision[0].id());
        }
    }

    public void markEnrolmentAdopted() {
        change(() -> workflow.markEnrolmentPolicyAdopted(id), "strategy.workflow.enrolmentMarked");
    }

    // --- what the page offers ---

    public boolean isFound() {
        return document != null;
    }

    public boolean isCoordinator() {
        return layout.getAccount().role() == Role.COORDINATOR;
    }

    /** An officer of the document's municipality or of one of its co-authors. */
    public boolean isAuthor() {
        AccountView account = layout.getAccount();
        if (document == null || account.role() != Role.OFFICER) {
            return false;
        }
        String own = account.municipalityCode();
        return own.equals(document.municipalityCode())
                || document.coAuthors().stream().anyMatch(c -> c.municipalityCode().equals(own));
    }

    public boolean isMayComment() {
        return document != null && (isCoordinator() || isAuthor())
                && (document.status() == DocumentStatus.DRAFT || document.status() == DocumentStatus.IN_REVIEW
                || !comments.isEmpty());
    }

    public boolean isMayWriteComments() {
        return document != null && (isCoordinator() || isAuthor())
                && (document.status() == DocumentStatus.DRAFT || document.status() == DocumentStatus.IN_REVIEW);
    }

    public boolean isEditable() {
        return document != null && document.editable();
    }

    public boolean isMayDecide() {
        return isCoordinator() && document != null && document.status() == DocumentStatus.IN_REVIEW;
    }

    public boolean isMayWithdraw() {
        if (document == null) {
            return false;
        }
        if (isCoordinator()) {
            return document.status() == DocumentStatus.DRAFT || document.status() == DocumentStatus.IN_REVIEW;
        }
        // a regional agreement by whoever started it, not by one of its co-authors for all the others
        return isEditable() && (document.kind() != DocumentKind.REGIONAL_AGREEMENT
                || layout.getAccount().email().equalsIgnoreCase(document.createdBy()));
    }

    /**
     * The reviewer's last word while the document is a draft again: the step that sent it back, with what to change,
     * shown above the chapters until it is submitted anew; null otherwise.
     */
    public TransitionView getSentBack() {
        if (document == null || document.status() != DocumentStatus.DRAFT) {
            return null;
        }
        TransitionView last = StrategyPages.lastStep(history);
        return last != null && last.sentBack() ? last : null;
    }

    /** The adoption's reference as a link when it is a web address alone; a number or a sentence stays text. */
    public String getAdoptionLink() {
        String reference = document == null || document.adoption() == null ? null : document.adoption().reference();
        if (reference == null || !WEB_ADDRESS.matcher(reference).matches()) {
            return null;
        }
        try {
            return new URI(reference).getHost() == null ? null : reference;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** For the reviewer, the submission the document waits on, with what its authors wrote to them; null otherwise. */
    public TransitionView getSubmitted() {
        if (document == null || document.status() != DocumentStatus.IN_REVIEW || isAuthor()) {
            return null;
        }
        TransitionView last = StrategyPages.lastStep(history);
        return last != null && last.submitted() ? last : null;
    }

    /**
     * The adopted document of this kind that adopting this one puts out of force (a municipality has one vision and
     * one policy framework in force), as the adopt dialog says; null for none.
     */
    public DocumentView getReplaced() {
        return document.status() == DocumentStatus.ADOPTED ? null : inForce();
    }

    /** For an adopted document no longer in force, the one of its kind adopted later that is; null otherwise. */
    public DocumentView getReplacedBy() {
        DocumentView other = document.status() == DocumentStatus.ADOPTED ? inForce() : null;
        return other == null || other.id() == document.id() ? null : other;
    }

    /** No longer in force: a later one of its kind or an adopted revision of it took its place. */
    public boolean isOutOfForce() {
        if (outOfForce == null) {
            outOfForce = document.status() == DocumentStatus.ADOPTED && documents.replaced().contains(document.id());
        }
        return outOfForce;
    }

    private DocumentView inForce() {
        if (!inForceRead) {
            inForce = document.municipalityCode() == null ? null
                    : documents.inForce(document.municipalityCode(), document.kind()).orElse(null);
            inForceRead = true;
        }
        return inForce;
    }

    /** The authors may take their document back while it waits for review, not once the reviewer responded. */
    public boolean isMayRecall() {
        return recallable;
    }

    public boolean isMayRevise() {
        return isAuthor() && document.status() == DocumentStatus.ADOPTED;
    }

    public boolean isMayChangeCoAuthors() {
        return isCoordinator() && document != null && document.kind() == DocumentKind.REGIONAL_AGREEMENT
                && StrategyDocuments.coAuthorsOpen(document.status());
    }

    public boolean isEnrolmentOffered() {
        return enrolmentOffered;
    }

    /** A figure's label or source: a message key in the page's language, or the text recorded with the figure. */
    public String label(String keyOrText) {
        return StrategyPages.labelOrText(keyOrText);
    }

    public Integer getAdoptedVersion() {
        return StrategyPages.adoptedVersion(history);
    }

    public String pdfLink(int version) {
        return StrategyPages.pdfLink(id, version);
    }

    public List<AccountView> getCoordinators() {
        if (coordinators == null) {
            coordinators = directory.activeCoordinators();
        }
        return coordinators;
    }

    /**
     * The municipalities that may be added as co-authors: those not writing the agreement yet, those of its region
     * first, then those of the province's other regions, then the rest of the country.
     */
    public List<MunicipalityArea> getCoAuthorChoices() {
        if (municipalities == null) {
            municipalities = areas.all().stream().sorted(Comparator.comparingInt((MunicipalityArea m) ->
                    Objects.equals(m.region(), document.region()) ? 0 : m.region() != null ? 1 : 2)).toList();
        }
        Set<String> writing = document.coAuthors().stream().map(CoAuthor::municipalityCode)
                .collect(Collectors.toSet());
        return municipalities.stream().filter(m -> !writing.contains(m.code())).toList();
    }

    public PolicyField[] getAllPolicyFields() {
        return PolicyField.values();
    }

    public AdoptionBody[] getBodies() {
        return AdoptionBody.values();
    }

    public Long getId() {
        return id;
    }

    public DocumentView getDocument() {
        return document;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public SectionDrafts getDrafts() {
        return drafts;
    }

    public List<TransitionView> getHistory() {
        return history;
    }

    /** As the versions page names it: the version a restore kept of the text before it. */
    public Integer keptBeforeRestoring(VersionSummary version) {
        return VersionsBacking.keptBeforeRestoring(getVersions(), version);
    }

    public List<VersionSummary> getVersions() {
        return versionList;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = sectionTitle;
    }

    public String getVersionNote() {
        return versionNote;
    }

    public void setVersionNote(String versionNote) {
        this.versionNote = versionNote;
    }

    public String getSendBackComments() {
        return sendBackComments;
    }

    public void setSendBackComments(String sendBackComments) {
        this.sendBackComments = sendBackComments;
    }

    public AdoptionBody getAdoptionBody() {
        return adoptionBody;
    }

    public void setAdoptionBody(AdoptionBody adoptionBody) {
        this.adoptionBody = adoptionBody;
    }

    public LocalDate getAdoptionDate() {
        return adoptionDate;
    }

    public void setAdoptionDate(LocalDate adoptionDate) {
        this.adoptionDate = adoptionDate;
    }

    public String getAdoptionReference() {
        return adoptionReference;
    }

    public void setAdoptionReference(String adoptionReference) {
        this.adoptionReference = adoptionReference;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PolicyField[] getPolicyFields() {
        return policyFields;
    }

    public void setPolicyFields(PolicyField[] policyFields) {
        this.policyFields = policyFields == null ? new PolicyField[0] : policyFields;
    }

    public String getReviewerEmail() {
        return reviewerEmail;
    }

    public void setReviewerEmail(String reviewerEmail) {
        this.reviewerEmail = reviewerEmail;
    }

    public String getCoAuthorCode() {
        return coAuthorCode;
    }

    public void setCoAuthorCode(String coAuthorCode) {
        this.coAuthorCode = coAuthorCode;
    }
}

package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.AccountDirectory;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTypesetting;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.control.EnrolmentPrefill;
import nl.arbeidsmigratie.regie.strategy.control.SectionGate;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess;
import nl.arbeidsmigratie.regie.strategy.entity.Section;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;
import nl.arbeidsmigratie.regie.strategy.entity.TemplateVersion;
import nl.arbeidsmigratie.regie.strategy.entity.Transition;

/**
 * Strategy documents and their working copy: starting one from the template (pre-filled from the municipality's
 * enrolment), its details, co-authors and sections. Section text is saved as the author types; a save names the
 * section version it was based on, and a save based on an older one is refused with both texts, never applied.
 * Changes to a document's shape (details, co-authors, sections added, reordered or marked not applicable) are
 * audited; the typing itself is not, the saved versions ({@link DocumentVersions}) keep the text. Its creation and
 * its co-authors added and removed are in its history ({@link DocumentWorkflow#history}) too.
 */
@Stateless
public class StrategyDocuments {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    SectionGate sectionGate;

    @Inject
    StrategyAccess access;

    @Inject
    Documents documents;

    @Inject
    MunicipalityAreas areas;

    @Inject
    Enrolments enrolments;

    @Inject
    AccountDirectory directory;

    @Inject
    AuditTrail audit;

    /**
     * Starts a document from the current template. Officers start their own municipality's documents (named or
     * not), or a regional agreement of their municipality's region; coordinators any.
     */
    public DocumentView create(@NotNull NewDocument request) {
        AccountView caller = access.caller();
        if (caller.role() == Role.AUDITOR) {
            throw new AccessRefusedException("auditors read, they do not write");
        }
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "error.strategy.kind.required", "a kind is required");
        }
        String title = DocumentTexts.title("title", request.title());
        Map<String, MunicipalityArea> known = new LinkedHashMap<>();
        areas.all().forEach(area -> known.put(area.code(), area));
        TemplateVersion template = em.createNamedQuery(TemplateVersion.NEWEST_FIRST, TemplateVersion.class)
                .setMaxResults(1).getSingleResult();
        Instant now = documents.now();
        StrategyDocument document;
        Optional<EnrolmentView> enrolment = Optional.empty();
        if (request.kind() == DocumentKind.REGIONAL_AGREEMENT) {
            String region = request.region() == null ? "" : request.region().strip();
            if (region.isEmpty()) {
                throw new InvalidInputException("region", "error.strategy.region.required",
                        "region is required for a regional agreement");
            }
            if (!FreeText.blank(request.municipalityCode())) {
                throw new InvalidInputException("municipalityCode", "error.strategy.municipality.not-for-agreement",
                        "a regional agreement is its region's: name no municipality");
            }
            List<CoAuthor> members = known.values().stream().filter(a -> region.equals(a.region()))
                    .map(a -> new CoAuthor(a.code(), a.name())).toList();
            if (members.isEmpty()) {
                throw new InvalidInputException("region", "error.strategy.region.unknown", "no region " + region);
            }
            if (caller.role() == Role.OFFICER && members.stream()
                    .noneMatch(m -> m.municipalityCode().equals(caller.municipalityCode()))) {
                throw new AccessRefusedException("officers start agreements of their own region only");
            }
            document = StrategyDocument.regionalAgreement(title, request.policyFields(), region, members, template,
                    now, caller.email());
        } else {
            // an officer's document is their own municipality's unless they name it
            String code = !FreeText.blank(request.municipalityCode())
                    ? MunicipalityCodes.normalised(request.municipalityCode())
                    : caller.role() == Role.OFFICER ? caller.municipalityCode() : "";
            if (code.isEmpty()) {
                throw new InvalidInputException("municipalityCode", "error.strategy.municipality.required",
                        "a " + request.kind() + " is a municipality's: name it");
            }
            MunicipalityArea municipality = known.get(code);
            if (municipality == null) {
                throw new InvalidInputException("municipalityCode", "error.municipality.unknown",
                        "no municipality " + code);
            }
            if (caller.role() == Role.OFFICER && !code.equals(caller.municipalityCode())) {
                throw new AccessRefusedException("officers start documents of their own municipality only");
            }
            if (!FreeText.blank(request.region())) {
                throw new InvalidInputException("region", "error.strategy.region.not-for-kind",
                        "only a regional agreement names a region");
            }
            document = StrategyDocument.ofMunicipality(request.kind(), title, request.policyFields(), code,
                    municipality.name(), template, now, caller.email());
            enrolment = enrolments.latestOf(code);
        }
        em.persist(document);
        em.flush();
        addSections(document, template, enrolment, now, caller.email());
        em.persist(Transition.created(document, now, caller.email()));
        audit.record("strategy.document.created", target(document), null, Documents.summary(document));
        return documents.view(new Seen(caller, document, StrategyAccess.reach(caller, document)));
    }

    private void addSections(StrategyDocument document, TemplateVersion template, Optional<EnrolmentView> enrolment,
                             Instant at, String by) {
        int position = 0;
        if (enrolment.isPresent()) {
            Section start = new Section(document, position++, null, EnrolmentPrefill.STARTING_POINT, null, at, by);
            start.prefill(EnrolmentPrefill.startingPoint(enrolment.get()));
            em.persist(start);
        }
        for (TemplateSection part : template.sections()) {
            Section section = new Section(document, position++, part.goal(), part.title(), part.guidance(), at, by);
            if (enrolment.isPresent() && enrolment.get().learningGoals().contains(part.goal())) {
                section.chosenInEnrolment();
            }
            em.persist(section);
        }
    }

    public DocumentView find(long id) {
        return documents.view(documents.readable(id));
    }

    /**
     * The documents the caller may know of, latest activity first: coordinators and auditors all, officers their
     * own and co-authored ones and every adopted one.
     */
    public List<DocumentSummary> list() {
        return documents.seenBy(access.caller()).stream().map(Documents::summary).toList();
    }

    /**
     * Of the documents the caller may know of ({@link #list}), the numbers of the adopted ones no longer in force: a
     * revision of theirs or a later one of their kind was adopted.
     */
    public Set<Long> replaced() {
        return Documents.replaced(documents.seenBy(access.caller()));
    }

    /**
     * One municipality's own documents the caller may know of, latest activity first, as {@link #list} has them:
     * for its overview, without reading every other municipality's.
     */
    public List<DocumentSummary> listOf(@NotNull String municipalityCode) {
        return documents.ofMunicipality(access.caller(), MunicipalityCodes.normalised(municipalityCode)).stream()
                .map(Documents::summary).toList();
    }

    /**
     * The document in force of a kind a municipality has one of in force (a vision, a policy framework): of its adopted
     * ones not revised by an adopted revision, the one adopted last; empty when none is adopted or the kind has no
     * single one in force.
     */
    public Optional<DocumentView> inForce(@NotNull String municipalityCode, @NotNull DocumentKind kind) {
        if (!kind.oneInForce()) {
            return Optional.empty();
        }
        List<StrategyDocument> own = documents.ofMunicipality(access.caller(),
                MunicipalityCodes.normalised(municipalityCode));
        Set<Long> replaced = Documents.replaced(own);
        return own.stream().filter(d -> d.kind() == kind && d.status() == DocumentStatus.ADOPTED
                        && !replaced.contains(d.id()))
                .min(StrategyDocument.LATEST_ADOPTED_FIRST).map(d -> find(d.id()));
    }

    /** Title, policy fields and reviewing coordinator, by the authors of a draft; refused when changed meanwhile. */
    public DocumentView describe(long id, @NotNull DocumentDetails details) {
        Seen seen = documents.writable(id);
        StrategyDocument document = seen.document();
        String title = DocumentTexts.title("title", details.title());
        String typed = details.reviewerEmail() == null || details.reviewerEmail().isBlank() ? null
                : details.reviewerEmail().strip();
        // kept as the coordinator's account spells it, however it was typed
        String reviewer = typed == null ? null : directory.activeCoordinators().stream().map(c -> c.email())
                .filter(email -> email.equalsIgnoreCase(typed)).findFirst()
                .orElseThrow(() -> new InvalidInputException("reviewerEmail", "error.strategy.reviewer.not-coordinator",
                        typed + " is no active coordinator"));
        // a request repeated after its answer was lost finds its own change: the same answer, not a conflict
        if (document.describedAs(title, details.policyFields(), reviewer)) {
            return documents.view(seen);
        }
        if (document.version() != details.version()) {
            throw new ConcurrentChangeException("document " + id + " changed since version " + details.version(),
                    documents.view(seen));
        }
        DocumentSummary before = Documents.summary(document);
        document.describe(title, details.policyFields(), reviewer);
        return changed(seen, "strategy.document.described", before);
    }

    /** A coordinator adds a municipality to a regional agreement's co-authors. */
    public DocumentView addCoAuthor(long id, @NotNull String municipalityCode) {
        Seen seen = coAuthorChange(id);
        String code = MunicipalityCodes.normalised(municipalityCode);
        MunicipalityArea municipality = areas.all().stream().filter(a -> a.code().equals(code))
                .findFirst().orElseThrow(() -> new InvalidInputException("municipalityCode",
                        "error.municipality.unknown", "no municipality " + municipalityCode));
        List<String> before = coAuthorCodes(seen.document());
        CoAuthor added = new CoAuthor(municipality.code(), municipality.name());
        if (!seen.document().addCoAuthor(added)) {
            throw new InvalidInputException("municipalityCode", "error.strategy.coauthor.already",
                    municipality.code() + " writes the agreement already");
        }
        return coAuthorsChanged(seen, true, added, before);
    }

    /** A coordinator removes a municipality from a regional agreement's co-authors; one always remains. */
    public DocumentView removeCoAuthor(long id, @NotNull String municipalityCode) {
        Seen seen = coAuthorChange(id);
        StrategyDocument document = seen.document();
        String code = MunicipalityCodes.normalised(municipalityCode);
        if (document.coAuthors().size() == 1 && document.writtenBy(code)) {
            throw new InvalidInputException("municipalityCode", "error.strategy.coauthor.last",
                    "an agreement keeps at least one co-author");
        }
        List<String> before = coAuthorCodes(document);
        CoAuthor removed = document.coAuthors().stream().filter(c -> c.municipalityCode().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("municipalityCode", "error.strategy.coauthor.not-one",
                        code + " is no co-author"));
        document.removeCoAuthor(code);
        return coAuthorsChanged(seen, false, removed, before);
    }

    /** Co-authors change while an agreement is written or reviewed; adopted or withdrawn, it stays as agreed. */
    private Seen coAuthorChange(long id) {
        AccountView coordinator = access.coordinator();
        Seen seen = documents.readable(id);
        if (seen.document().kind() != DocumentKind.REGIONAL_AGREEMENT) {
            throw new InvalidInputException("document", "error.strategy.coauthor.not-agreement",
                    "only a regional agreement has co-authors");
        }
        if (!coAuthorsOpen(seen.document().status())) {
            throw new InvalidInputException("document", "error.strategy.coauthor.settled",
                    "the co-authors of an agreement " + seen.document().status() + " stay as they are");
        }
        return new Seen(coordinator, seen.document(), seen.reach());
    }

    /** Whether a regional agreement in {@code status} still takes other co-authors. */
    public static boolean coAuthorsOpen(DocumentStatus status) {
        return status == DocumentStatus.DRAFT || status == DocumentStatus.IN_REVIEW;
    }

    private static List<String> coAuthorCodes(StrategyDocument document) {
        return document.coAuthors().stream().map(CoAuthor::municipalityCode).sorted().toList();
    }

    /**
     * The document's history names the co-author added or removed; the audit trail the co-authors before and after,
     * which a document's summary does not hold.
     */
    private DocumentView coAuthorsChanged(Seen seen, boolean added, CoAuthor coAuthor, List<String> before) {
        em.flush();
        Instant now = documents.now();
        em.persist(Transition.coAuthorChanged(seen.document(), added, coAuthor, now, seen.caller().email()));
        documents.touch(seen.document(), now);
        audit.record(added ? "strategy.document.coauthor-added" : "strategy.document.coauthor-removed",
                target(seen.document()), Map.of("coAuthors", before),
                Map.of("coAuthors", coAuthorCodes(seen.document())));
        return documents.view(seen);
    }

    /** Adds a section of the authors' own after the last one. */
    public SectionView addSection(long documentId, String title) {
        Seen seen = documents.writable(documentId);
        StrategyDocument document = seen.document();
        String checked = untaken(document, null, DocumentTexts.title("title", title));
        int position = document.sections().stream().mapToInt(Section::position).max().orElse(-1) + 1;
        Instant now = documents.now();
        Section section = new Section(document, position, null, checked, null, now, seen.caller().email());
        em.persist(section);
        em.flush();
        documents.touch(document, now);
        audit.record("strategy.section.added", target(document), null, Map.of("section", section.id(), "title", checked));
        return section.view();
    }

    /** A title no other section of the document has: two chapters of one name cannot be told apart in it. */
    private static String untaken(StrategyDocument document, Section renamed, String title) {
        boolean taken = document.sections().stream().filter(s -> s != renamed)
                .anyMatch(s -> s.title().strip().equalsIgnoreCase(title));
        if (taken) {
            throw new InvalidInputException("title", "error.strategy.section.title-taken",
                    "the document has a section titled " + title, title);
        }
        return title;
    }

    /** Gives a section of the authors' own another title. */
    public SectionView renameSection(long sectionId, long version, String title) {
        Section section = documents.writableSection(sectionId, version);
        SectionView before = section.view();
        section.rename(untaken(section.document(), section, DocumentTexts.title("title", title)), documents.now(),
                access.caller().email());
        em.flush();
        SectionView after = section.view();
        documents.touch(section.document(), after.changedAt());
        audit.record("strategy.section.renamed", target(section.document()),
                Map.of("section", sectionId, "title", before.title()), Map.of("section", sectionId, "title", after.title()));
        return after;
    }

    /**
     * Removes a section of the authors' own, added by mistake; a goal's section is marked not applicable instead.
     * A section with review comments stays, so the review keeps what it was about. Saved versions keep it as it was.
     */
    public DocumentView removeSection(long sectionId, long version) {
        Section section = documents.writableSection(sectionId, version);
        section.ownSection();
        if (documents.commented(section)) {
            throw new InvalidInputException("section", "error.strategy.section.commented",
                    "section " + sectionId + " has review comments");
        }
        StrategyDocument document = section.document();
        SectionView before = section.view();
        document.sections().remove(section);
        em.remove(section);
        em.flush();
        documents.touch(document, documents.now());
        audit.record("strategy.section.removed", target(document), withoutText(before), null);
        return find(document.id());
    }

    /**
     * Puts the sections in the order given, which must name every section of the document once; a list that
     * misses a section added meanwhile is refused with the current order.
     */
    public DocumentView reorder(long documentId, List<Long> sectionIds) {
        Seen seen = documents.writable(documentId);
        StrategyDocument document = seen.document();
        List<Long> current = document.sections().stream().map(Section::id).toList();
        List<Long> wanted = sectionIds == null ? List.of() : sectionIds;
        if (wanted.size() != current.size() || !new HashSet<>(wanted).equals(new HashSet<>(current))) {
            throw new ConcurrentChangeException("the sections changed meanwhile", documents.view(seen));
        }
        for (int i = 0; i < wanted.size(); i++) {
            em.createNativeQuery(Section.MOVE).setParameter(1, i).setParameter(2, wanted.get(i)).executeUpdate();
        }
        Instant now = documents.now();
        documents.touch(document, now);
        audit.record("strategy.section.reordered", target(document), Map.of("order", current), Map.of("order", wanted));
        return documents.view(seen);
    }

    /** Marks a section not applicable to this municipality, with the reason; its text is kept. */
    public SectionView markNotApplicable(long sectionId, long version, String reason) {
        Section section = documents.writableSection(sectionId, version);
        String why = DocumentTexts.note("reason", reason, true);
        SectionView before = section.view();
        section.markNotApplicable(why, documents.now(), access.caller().email());
        return sectionChanged(section, "strategy.section.not-applicable", before);
    }

    public SectionView markApplicable(long sectionId, long version) {
        Section section = documents.writableSection(sectionId, version);
        SectionView before = section.view();
        section.markApplicable(documents.now(), access.caller().email());
        return sectionChanged(section, "strategy.section.applicable", before);
    }

    /**
     * Saves a section's text as the author types. The text is sanitised (what was removed is reported) and
     * refused over {@link DocumentTexts#MAX_SECTION} characters. {@code version} is the section version the text
     * was based on: if someone saved since, nothing is written and the caller gets a {@link SectionConflict}
     * with both texts.
     */
    public SectionSaved saveSection(long sectionId, long version, String html) {
        RichText.Sanitized text = DocumentTexts.section(html);
        return sectionGate.through(sectionId, () -> saved(sectionId, version, text));
    }

    private SectionSaved saved(long sectionId, long version, RichText.Sanitized text) {
        Section section = documents.writableSection(sectionId);
        // a save repeated after its answer was lost finds its own text: the same answer, not a conflict
        if (section.version() != version && !text.html().equals(section.bodyHtml())) {
            throw new ConcurrentChangeException("section " + sectionId + " was saved by " + section.view().changedBy()
                    + " since version " + version, new SectionConflict(text.html(), section.view()));
        }
        if (!text.html().equals(section.bodyHtml())) {
            Instant now = documents.now();
            section.write(text.html(), now, access.caller().email());
            em.flush();
            documents.touch(section.document(), now);
        }
        return new SectionSaved(section.view(), text.imagesRemoved(), text.markupRemoved(),
                DocumentTypesetting.notShown(RichText.unescape(text.html().replaceAll("<[^>]*>", " "))));
    }

    private SectionView sectionChanged(Section section, String action, SectionView before) {
        em.flush();
        SectionView after = section.view();
        documents.touch(section.document(), after.changedAt());
        audit.record(action, target(section.document()), withoutText(before), withoutText(after));
        return after;
    }

    private static Map<String, Object> withoutText(SectionView section) {
        return Map.of("section", section.id(), "notApplicable", section.notApplicable());
    }

    private DocumentView changed(Seen seen, String action, DocumentSummary before) {
        em.flush();
        documents.touch(seen.document(), documents.now());
        DocumentView after = documents.view(seen);
        audit.record(action, target(seen.document()), before, Documents.summary(seen.document()));
        return after;
    }

    static String target(StrategyDocument document) {
        return "strategy-document:" + document.id();
    }
}

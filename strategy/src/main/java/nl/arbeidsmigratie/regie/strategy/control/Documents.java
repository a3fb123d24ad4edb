package nl.arbeidsmigratie.regie.strategy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentSummary;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.SectionConflict;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.TransitionView;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess.Reach;
import nl.arbeidsmigratie.regie.strategy.entity.DocumentVersion;
import nl.arbeidsmigratie.regie.strategy.entity.ReviewComment;
import nl.arbeidsmigratie.regie.strategy.entity.Section;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;
import nl.arbeidsmigratie.regie.strategy.entity.Transition;

/**
 * Finding documents and sections for a caller, and turning them into views. Every write locks the document row
 * first (then, where it needs one, the section), so writes to one document take their locks in one order and
 * never deadlock; the lock lasts one transaction, never longer than a request.
 */
@Dependent
public class Documents {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    StrategyAccess access;

    @Inject
    Clock clock;

    /**
     * Now, as precisely as the database keeps it (the clock ticks in microseconds), so a view returned equals the
     * same record read back.
     */
    public Instant now() {
        return clock.instant();
    }

    /** The document with the caller's reach into it; unknown to those who may not know it exists. */
    public Seen readable(long id) {
        AccountView caller = access.caller();
        StrategyDocument document = em.find(StrategyDocument.class, id);
        if (document == null) {
            throw StrategyAccess.unknownDocument(id);
        }
        return new Seen(caller, document, access.readerOf(caller, document));
    }

    /** The document locked for a step a reader takes on its sections, so that none is removed meanwhile. */
    public Seen readableLocked(long id) {
        Seen seen = readable(id);
        return new Seen(seen.caller(), locked(seen.document()), seen.reach());
    }

    /** The document locked for a change by its authors. */
    public Seen writable(long id) {
        Seen seen = readable(id);
        access.writerOf(seen.caller(), seen.document());
        return new Seen(seen.caller(), locked(seen.document()), Reach.WRITE);
    }

    /** The document locked for a step its authors take whatever its status; refused to anyone else. */
    public Seen authored(long id) {
        Seen seen = readable(id);
        AccountView caller = seen.caller();
        if (caller.role() != Role.OFFICER || !seen.document().writtenBy(caller.municipalityCode())) {
            throw new AccessRefusedException("only the document's authors take this step");
        }
        return new Seen(caller, locked(seen.document()), seen.reach());
    }

    /** The section locked (after its document) for a change by its document's authors, read fresh. */
    public Section writableSection(long sectionId) {
        AccountView caller = access.caller();
        Section section = em.find(Section.class, sectionId);
        if (section == null || StrategyAccess.reach(caller, section.document()) == Reach.HIDDEN) {
            throw StrategyAccess.unknownSection(sectionId);
        }
        access.writerOf(caller, section.document());
        locked(section.document());
        em.refresh(section, LockModeType.PESSIMISTIC_WRITE);
        return section;
    }

    /**
     * {@link #writableSection} for a change other than its text (applicability, figures), based on {@code version}:
     * refused, with the section as it is now, when it changed since.
     */
    public Section writableSection(long sectionId, long version) {
        Section section = writableSection(sectionId);
        if (section.version() != version) {
            throw new ConcurrentChangeException("section " + sectionId + " changed since version " + version,
                    new SectionConflict(section.bodyHtml(), section.view()));
        }
        return section;
    }

    private StrategyDocument locked(StrategyDocument document) {
        em.refresh(document, LockModeType.PESSIMISTIC_WRITE);
        return document;
    }

    /** Whether the review commented on {@code section}: such a section stays, so the review keeps what it was about. */
    public boolean commented(Section section) {
        return em.createNamedQuery(ReviewComment.OF_DOCUMENT, ReviewComment.class)
                .setParameter("document", section.document().id()).getResultStream()
                .anyMatch(comment -> comment.section().id().equals(section.id()));
    }

    /** Records activity on the document without taking its version. */
    public void touch(StrategyDocument document, Instant at) {
        touch(document.id(), at);
    }

    /** As {@link #touch(StrategyDocument, Instant)}, for a review's comment, which is activity on the document too. */
    public void touch(long documentId, Instant at) {
        em.createNativeQuery(StrategyDocument.TOUCH).setParameter(1, java.sql.Timestamp.from(at))
                .setParameter(2, documentId).executeUpdate();
    }

    /** Freezes the working copy of a locked document as its next version. */
    public DocumentVersion saveVersion(Seen seen, String note, Integer restoredFrom, Instant at) {
        DocumentVersion version = new DocumentVersion(seen.document(), latestVersion(seen.document()) + 1, note,
                restoredFrom, at, seen.caller().email());
        em.persist(version);
        em.flush();
        touch(seen.document(), at);
        return version;
    }

    /**
     * The version the document is handed on with: its latest when that holds exactly what its chapters hold now
     * (saved just before), otherwise the working copy frozen as the next one.
     */
    public int currentVersion(Seen seen, Instant at) {
        int latest = latestVersion(seen.document());
        boolean unchanged = latest > 0 && em.createNamedQuery(DocumentVersion.BY_NUMBER, DocumentVersion.class)
                .setParameter("document", seen.document().id()).setParameter("number", latest).getResultStream()
                .anyMatch(version -> version.holds(seen.document()));
        return unchanged ? latest : saveVersion(seen, null, null, at).number();
    }

    /** The numbers of the versions of {@code document} handed in for review, as its workflow's history has them. */
    public Set<Integer> submittedVersions(StrategyDocument document) {
        return em.createNamedQuery(Transition.OF_DOCUMENT, Transition.class)
                .setParameter("document", document.id()).getResultStream().map(Transition::view)
                .filter(TransitionView::submitted).map(TransitionView::versionNumber)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public int latestVersion(StrategyDocument document) {
        return em.createNamedQuery(DocumentVersion.LATEST_NUMBER, Integer.class)
                .setParameter("document", document.id()).getSingleResult();
    }

    public List<StrategyDocument> seenBy(AccountView caller) {
        return switch (caller.role()) {
            case OFFICER -> em.createNamedQuery(StrategyDocument.SEEN_BY_OFFICER, StrategyDocument.class)
                    .setParameter("code", caller.municipalityCode()).getResultList();
            case COORDINATOR, AUDITOR -> em.createNamedQuery(StrategyDocument.ALL, StrategyDocument.class)
                    .getResultList();
        };
    }

    /**
     * One municipality's own documents (not those it co-authors) of those the caller may know of: for an officer of
     * another municipality its adopted ones.
     */
    public List<StrategyDocument> ofMunicipality(AccountView caller, String code) {
        List<StrategyDocument> own = em.createNamedQuery(StrategyDocument.OF_MUNICIPALITY, StrategyDocument.class)
                .setParameter("code", code).getResultList();
        return caller.role() == Role.OFFICER && !code.equals(caller.municipalityCode())
                ? own.stream().filter(d -> d.status() == DocumentStatus.ADOPTED).toList() : own;
    }

    public DocumentView view(Seen seen) {
        StrategyDocument d = seen.document();
        boolean content = seen.reach() != Reach.HISTORY;
        em.flush();
        em.refresh(d);
        d.sections().forEach(em::refresh);
        boolean outsider = StrategyAccess.outsider(seen.caller(), d);
        List<SectionView> sections = content ? d.sections().stream().map(Section::view)
                .map(s -> outsider ? s.withoutAuthor() : s).toList() : List.of();
        return new DocumentView(d.id(), d.kind(), d.title(), d.status(), d.municipalityCode(), d.municipalityName(),
                d.region(), d.coAuthors(), d.policyFields(), outsider ? null : d.reviewerEmail(), d.adoption(),
                d.template().number(), d.revisionOf(), d.createdAt(), outsider ? null : d.createdBy(),
                d.lastActivityAt(), latestVersion(d), content, seen.reach() == Reach.WRITE, sections, d.version(),
                d.revises());
    }

    /**
     * Of {@code documents}, the adopted ones no longer in force: a revision of theirs was adopted, or, of a kind a
     * municipality has one of in force, another one of theirs was adopted after them.
     */
    public static Set<Long> replaced(Collection<StrategyDocument> documents) {
        Set<Long> replaced = documents.stream().filter(d -> d.status() == DocumentStatus.ADOPTED)
                .map(StrategyDocument::revisionOf).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        // a revision adopted with an earlier date than what it revises still replaces it, so that one is not ranked
        documents.stream().filter(d -> d.status() == DocumentStatus.ADOPTED && d.kind().oneInForce()
                        && d.municipalityCode() != null && !replaced.contains(d.id()))
                .collect(Collectors.groupingBy(d -> d.municipalityCode() + ":" + d.kind()))
                .values().forEach(adopted -> adopted.stream().sorted(StrategyDocument.LATEST_ADOPTED_FIRST)
                        .skip(1).map(StrategyDocument::id).forEach(replaced::add));
        return replaced;
    }

    public static DocumentSummary summary(StrategyDocument d) {
        return new DocumentSummary(d.id(), d.kind(), d.title(), d.status(), d.municipalityCode(),
                d.municipalityName(), d.region(), d.adoptedVersion(), d.lastActivityAt(), d.revises());
    }

    /** A document as one caller reaches it. */
    public record Seen(AccountView caller, StrategyDocument document, Reach reach) {
    }
}

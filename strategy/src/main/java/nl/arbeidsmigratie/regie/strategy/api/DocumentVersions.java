package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess.Reach;
import nl.arbeidsmigratie.regie.strategy.control.WordDiff;
import nl.arbeidsmigratie.regie.strategy.entity.DocumentVersion;
import nl.arbeidsmigratie.regie.strategy.entity.Section;
import nl.arbeidsmigratie.regie.strategy.entity.StrategyDocument;

/**
 * The versions of a document: an author's explicit "Save version" freezes the working copy with an optional
 * note; any two versions compare word by word per section; an earlier version can be restored as a new one.
 * Authors and coordinators read every version; auditors and officers of other municipalities only the adopted
 * one. Versions are named by their number within one document, so a version of another document can never be
 * compared with or restored into this one.
 */
@Stateless
public class DocumentVersions {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    /** Saves the working copy as the next version; the document stays locked meanwhile, so numbers never clash. */
    public VersionSummary save(long documentId, String note) {
        Seen seen = documents.writable(documentId);
        // under the document's lock: a double click or a second tab finds the version the first one saved
        int latest = documents.latestVersion(seen.document());
        if (latest > 0 && sameText(visible(seen, latest).view(), seen.document())) {
            throw new InvalidInputException("note", "error.strategy.version.unchanged",
                    "nothing changed since version " + latest, latest);
        }
        VersionSummary summary = documents.saveVersion(seen, DocumentTexts.note("note", note, false), null, documents.now())
                .summary();
        audit.record("strategy.version.saved", "strategy-document:" + documentId, null, withoutText(summary));
        return summary;
    }

    /**
     * Takes back what version {@code number} of this document kept, as a new version: the working copy is first
     * saved as a version of its own when it differs from the latest, so nothing typed since is lost. Each section
     * gets the title, text, applicability and figures it had; a section of the authors' own added after that
     * version goes, unless the review commented on it (it stays, so the review keeps what it was about).
     */
    public VersionSummary restore(long documentId, int number, String note) {
        Seen seen = documents.writable(documentId);
        VersionView kept = visible(seen, number).view();
        // a double click, or a client that retries, finds the text restored already
        if (holds(seen.document(), kept) && addedSince(seen.document(), kept).isEmpty()) {
            throw new InvalidInputException("note", "error.strategy.version.restored-already",
                    "the text is that of version " + number + " already", number);
        }
        String why = DocumentTexts.note("note", note, false);
        Instant now = documents.now();
        int latest = documents.latestVersion(seen.document());
        if (latest == 0 || !sameText(visible(seen, latest).view(), seen.document())) {
            documents.saveVersion(seen, null, null, now);
        }
        for (SectionView section : kept.sections()) {
            seen.document().sections().stream().filter(s -> s.id() == section.id()).findFirst()
                    .ifPresent(s -> s.restore(section, now, seen.caller().email()));
        }
        for (Section added : addedSince(seen.document(), kept)) {
            seen.document().sections().remove(added);
            em.remove(added);
        }
        em.flush();
        VersionSummary summary = documents.saveVersion(seen, why, number, now).summary();
        audit.record("strategy.version.restored", "strategy-document:" + documentId, withoutText(kept.summary()),
                withoutText(summary));
        return summary;
    }

    /**
     * Two versions of this document side by side, word by word per section, in the order of {@code after}; a
     * section only one of them has is all inserted or all deleted.
     */
    public Comparison compare(long documentId, int before, int after) {
        Seen seen = documents.readable(documentId);
        VersionView old = visible(seen, before, "before").view();
        VersionView now = visible(seen, after, "after").view();
        Map<Long, SectionView> earlier = new LinkedHashMap<>();
        old.sections().forEach(section -> earlier.put(section.id(), section));
        List<SectionComparison> sections = new ArrayList<>();
        for (SectionView section : now.sections()) {
            sections.add(compared(earlier.remove(section.id()), section));
        }
        earlier.values().forEach(gone -> sections.add(compared(gone, null)));
        return new Comparison(old.summary(), now.summary(), sections);
    }

    private static SectionComparison compared(SectionView before, SectionView after) {
        String textBefore = before == null ? "" : RichText.toText(before.html());
        String textAfter = after == null ? "" : RichText.toText(after.html());
        boolean naBefore = before != null && before.notApplicable();
        boolean naAfter = after != null && after.notApplicable();
        String titleBefore = before == null ? null : before.title();
        String titleAfter = after == null ? null : after.title();
        FrozenFigures figuresBefore = before == null ? null : before.figures();
        FrozenFigures figuresAfter = after == null ? null : after.figures();
        boolean figuresChanged = !Objects.equals(figuresBefore, figuresAfter);
        boolean changed = !textBefore.equals(textAfter) || naBefore != naAfter
                || !Objects.equals(titleBefore, titleAfter) || figuresChanged;
        return new SectionComparison(after == null ? before.id() : after.id(), titleBefore, titleAfter, naBefore,
                naAfter, changed, WordDiff.between(textBefore, textAfter), figuresChanged,
                figuresBefore == null ? null : figuresBefore.referenceDate(),
                figuresAfter == null ? null : figuresAfter.referenceDate());
    }

    /** The sections of the authors' own that {@code version} did not have and that may go: no review comment on them. */
    private List<Section> addedSince(StrategyDocument document, VersionView version) {
        return document.sections().stream().filter(s -> s.goal() == null)
                .filter(s -> version.sections().stream().noneMatch(k -> k.id() == s.id()))
                .filter(s -> !documents.commented(s)).toList();
    }

    private static boolean sameText(VersionView version, StrategyDocument document) {
        return document.sections().size() == version.sections().size() && holds(document, version);
    }

    /** Whether every section {@code version} kept reads in {@code document} as it was kept; later ones aside. */
    private static boolean holds(StrategyDocument document, VersionView version) {
        return version.sections().stream().allMatch(k -> document.sections().stream().filter(s -> s.id() == k.id())
                .findFirst().filter(s -> k.html().equals(s.bodyHtml()) && k.notApplicable() == s.notApplicable()
                        && Objects.equals(k.title(), s.title()) && Objects.equals(k.figures(), s.view().figures()))
                .isPresent());
    }

    private DocumentVersion visible(Seen seen, int number) {
        return visible(seen, number, "version");
    }

    /** {@code field} names the version asked for where a comparison asks for two. */
    private DocumentVersion visible(Seen seen, int number, String field) {
        return versions(seen).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "error.strategy.version.unknown",
                        "no version " + number + " of document " + seen.document().id()));
    }

    /** The versions the caller may read, oldest first. */
    public List<VersionSummary> list(long documentId) {
        Seen seen = documents.readable(documentId);
        return versions(seen).stream().map(DocumentVersion::summary).toList();
    }

    /** One version with its sections; a version the caller may not read answers like a missing one. */
    public VersionView find(long documentId, int number) {
        return visible(documents.readable(documentId), number).view();
    }

    private List<DocumentVersion> versions(Seen seen) {
        List<DocumentVersion> all = em.createNamedQuery(DocumentVersion.OF_DOCUMENT, DocumentVersion.class)
                .setParameter("document", seen.document().id()).getResultList();
        boolean everything = seen.reach() == Reach.WRITE || seen.caller().role() == Role.COORDINATOR
                || seen.document().writtenBy(seen.caller().municipalityCode());
        Integer adopted = seen.document().adoptedVersion();
        return all.stream().filter(v -> everything || (adopted != null && v.number() == adopted)).toList();
    }

    /**
     * A version as the audit trail, which auditors read, keeps it: whether it carries a note, not what the note says
     * of a draft's text.
     */
    private static Map<String, Object> withoutText(VersionSummary version) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("documentId", version.documentId());
        kept.put("number", version.number());
        kept.put("note", version.note() != null);
        kept.put("createdAt", version.createdAt());
        kept.put("createdBy", version.createdBy());
        kept.put("restoredFrom", version.restoredFrom());
        return kept;
    }
}

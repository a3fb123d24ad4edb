package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess;
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
            // about the document's text, not the note: no field of the request is to blame
            throw new InvalidInputException(null, "error.strategy.version.unchanged",
                    "nothing changed since version " + latest, latest);
        }
        VersionSummary summary = documents.saveVersion(seen, DocumentTexts.note("note", note, false), null, documents.now())
                .summary();
        audit.record("strategy.version.saved", "strategy-document:" + documentId, null, withoutText(summary));
        return summary;
    }

    /**
     * Takes back what version {@code number} of this document kept, as a new version: the working copy is first
     * saved as a version of its own when it differs from the latest, so nothing typed since is lost. The sections come
     * back in that version's order, each with the title, text, applicability and figures it had; a section of the
     * authors' own removed since comes back as a new one, and one added since goes, unless the review commented on it
     * (it stays, after the others, so the review keeps what it was about).
     */
    public VersionSummary restore(long documentId, int number, String note) {
        Seen seen = documents.writable(documentId);
        StrategyDocument document = seen.document();
        VersionView kept = visible(seen, number).view();
        // a double click, or a client that retries, finds the text restored already
        if (ordered(document, kept) && holds(document, kept) && addedSince(document, kept).isEmpty()) {
            throw new InvalidInputException("note", "error.strategy.version.restored-already",
                    "the text is that of version " + number + " already", number);
        }
        String why = DocumentTexts.note("note", note, false);
        Instant now = documents.now();
        int latest = documents.latestVersion(document);
        if (latest == 0 || !sameText(visible(seen, latest).view(), document)) {
            documents.saveVersion(seen, null, null, now);
        }
        String by = seen.caller().email();
        for (Section added : addedSince(document, kept)) {
            document.sections().remove(added);
            em.remove(added);
        }
        List<Section> order = new ArrayList<>();
        for (SectionView section : kept.sections()) {
            Section restored = match(document, kept, section).orElseGet(() -> recreated(document, section, now, by));
            restored.restore(section, now, by);
            order.add(restored);
        }
        document.sections().stream().filter(s -> !order.contains(s)).forEach(order::add);
        em.flush();
        for (int i = 0; i < order.size(); i++) {
            em.createNativeQuery(Section.MOVE).setParameter(1, i).setParameter(2, order.get(i).id()).executeUpdate();
        }
        order.forEach(em::refresh);
        document.sections().sort(Comparator.comparingInt(order::indexOf));
        VersionSummary summary = documents.saveVersion(seen, why, number, now).summary();
        audit.record("strategy.version.restored", "strategy-document:" + documentId, withoutText(kept.summary()),
                withoutText(summary));
        return summary;
    }

    /** A section of the authors' own that was removed after the version kept it, back as a new one at the end. */
    private Section recreated(StrategyDocument document, SectionView kept, Instant at, String by) {
        int position = document.sections().stream().mapToInt(Section::position).max().orElse(-1) + 1;
        Section section = new Section(document, position, null, kept.title(), null, at, by);
        em.persist(section);
        document.sections().add(section);
        return section;
    }

    /**
     * Two versions of this document side by side, word by word per section, in the order of {@code after}; a
     * section only one of them has is all inserted or all deleted, and one moved against the others names its places.
     */
    public Comparison compare(long documentId, int before, int after) {
        Seen seen = documents.readable(documentId);
        VersionView old = asSeen(seen, visible(seen, before, "before").view());
        VersionView now = asSeen(seen, visible(seen, after, "after").view());
        Map<Long, SectionView> earlier = new LinkedHashMap<>();
        old.sections().forEach(section -> earlier.put(section.id(), section));
        Map<Long, Long> recreated = recreated(old, now);
        List<Long> orderBefore = old.sections().stream().map(SectionView::id).toList();
        List<Long> orderAfter = now.sections().stream().map(s -> recreated.getOrDefault(s.id(), s.id())).toList();
        Set<Long> moved = WordDiff.moved(orderBefore.stream().filter(orderAfter::contains).toList(),
                orderAfter.stream().filter(orderBefore::contains).toList());
        List<SectionComparison> sections = new ArrayList<>();
        for (SectionView section : now.sections()) {
            long id = recreated.getOrDefault(section.id(), section.id());
            sections.add(compared(earlier.remove(id), section, moved.contains(id)
                    ? new Move(orderBefore.indexOf(id) + 1, orderAfter.indexOf(id) + 1) : null));
        }
        earlier.values().forEach(gone -> sections.add(compared(gone, null, null)));
        return new Comparison(old.summary(), now.summary(), sections);
    }

    /** A chapter's place (from 1) in the earlier and the later version, when it moved against the others. */
    private record Move(int from, int to) {
    }

    /**
     * The authors' own chapters of {@code after} that are one of {@code before} made again (a restore brings a
     * removed one back under a new id), each by its title, which no two chapters of a document share: new id to old.
     */
    private static Map<Long, Long> recreated(VersionView before, VersionView after) {
        Map<Long, Long> recreated = new HashMap<>();
        for (SectionView gone : before.sections()) {
            if (gone.goal() == null && after.sections().stream().noneMatch(s -> s.id() == gone.id())) {
                after.sections().stream().filter(s -> s.goal() == null && s.title().equalsIgnoreCase(gone.title()))
                        .filter(s -> before.sections().stream().noneMatch(b -> b.id() == s.id())).findFirst()
                        .ifPresent(made -> recreated.put(made.id(), gone.id()));
            }
        }
        return recreated;
    }

    private static SectionComparison compared(SectionView before, SectionView after, Move move) {
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
                || !Objects.equals(titleBefore, titleAfter) || figuresChanged || move != null;
        return new SectionComparison(after == null ? before.id() : after.id(), titleBefore, titleAfter, naBefore,
                naAfter, changed, WordDiff.between(textBefore, textAfter), figuresChanged,
                figuresBefore == null ? null : figuresBefore.referenceDate(),
                figuresAfter == null ? null : figuresAfter.referenceDate(),
                move == null ? null : move.from(), move == null ? null : move.to());
    }

    /**
     * The section of {@code document} that is {@code kept} of {@code version}: the same one, or for a section of the
     * authors' own removed since, the one that came back in its place (no two chapters of a document share a title).
     */
    private static Optional<Section> match(StrategyDocument document, VersionView version, SectionView kept) {
        Optional<Section> same = document.sections().stream().filter(s -> s.id() == kept.id()).findFirst();
        if (same.isPresent() || kept.goal() != null) {
            return same;
        }
        return document.sections().stream().filter(s -> s.goal() == null && s.title().equalsIgnoreCase(kept.title()))
                .filter(s -> version.sections().stream().noneMatch(k -> k.id() == s.id())).findFirst();
    }

    /** The sections of the authors' own that {@code version} did not have and that may go: no review comment on them. */
    private List<Section> addedSince(StrategyDocument document, VersionView version) {
        List<Section> kept = version.sections().stream().map(k -> match(document, version, k)).flatMap(Optional::stream)
                .toList();
        return document.sections().stream().filter(s -> s.goal() == null && !kept.contains(s))
                .filter(s -> !documents.commented(s)).toList();
    }

    private static boolean sameText(VersionView version, StrategyDocument document) {
        return document.sections().size() == version.sections().size() && ordered(document, version)
                && holds(document, version);
    }

    /** Whether the sections {@code version} kept are all in {@code document}, in the version's order. */
    private static boolean ordered(StrategyDocument document, VersionView version) {
        List<Optional<Section>> kept = version.sections().stream().map(k -> match(document, version, k)).toList();
        return kept.stream().allMatch(Optional::isPresent) && document.sections().stream()
                .filter(s -> kept.contains(Optional.of(s))).toList()
                .equals(kept.stream().map(Optional::get).toList());
    }

    /** Whether every section {@code version} kept reads in {@code document} as it was kept; later ones aside. */
    private static boolean holds(StrategyDocument document, VersionView version) {
        return version.sections().stream().allMatch(k -> match(document, version, k)
                .filter(s -> k.html().equals(s.bodyHtml()) && k.notApplicable() == s.notApplicable()
                        && Objects.equals(k.title(), s.title()) && Objects.equals(k.figures(), s.view().figures()))
                .isPresent());
    }

    private DocumentVersion visible(Seen seen, int number) {
        return visible(seen, number, "version");
    }

    /** {@code field} names the version asked for where a comparison asks for two. */
    private DocumentVersion visible(Seen seen, int number, String field) {
        if (seen.reach() == Reach.HISTORY) {
            // the document's details name its versions: their text is refused as such, not called missing
            throw new AccessRefusedException("auditors read the text of adopted documents only; document "
                    + seen.document().id() + " is " + seen.document().status().name().toLowerCase(Locale.ROOT));
        }
        return versions(seen).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "error.strategy.version.unknown",
                        "no version " + number + " of document " + seen.document().id()));
    }

    /** The versions the caller may read, oldest first, those handed in for review marked so. */
    public List<VersionSummary> list(long documentId) {
        Seen seen = documents.readable(documentId);
        Set<Integer> submitted = documents.submittedVersions(seen.document());
        return versions(seen).stream().map(v -> asSeen(seen, v.summary(), submitted)).toList();
    }

    /** One version with its sections; a version the caller may not read answers like a missing one. */
    public VersionView find(long documentId, int number) {
        Seen seen = documents.readable(documentId);
        return asSeen(seen, visible(seen, number).view());
    }

    /**
     * A version as its reader may have it: to an outsider ({@link StrategyAccess#outsider}) without its authors;
     * marked if it was handed in for review.
     */
    private VersionView asSeen(Seen seen, VersionView version) {
        boolean outsider = StrategyAccess.outsider(seen.caller(), seen.document());
        return new VersionView(asSeen(seen, version.summary(), documents.submittedVersions(seen.document())),
                outsider ? version.sections().stream().map(SectionView::withoutAuthor).toList() : version.sections());
    }

    private static VersionSummary asSeen(Seen seen, VersionSummary version, Set<Integer> submitted) {
        VersionSummary marked = version.submitted(submitted.contains(version.number()));
        return StrategyAccess.outsider(seen.caller(), seen.document()) ? marked.forOutsider() : marked;
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

package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess.Reach;
import nl.arbeidsmigratie.regie.strategy.entity.DocumentVersion;

/**
 * The versions of a document: an author's explicit "Save version" freezes the working copy with an optional
 * note. Authors and coordinators read every version; auditors and officers of other municipalities only the
 * adopted one.
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
        VersionSummary summary = documents.saveVersion(seen, DocumentTexts.note("note", note, false), documents.now())
                .summary();
        audit.record("strategy.version.saved", "strategy-document:" + documentId, null, summary);
        return summary;
    }

    /** The versions the caller may read, oldest first. */
    public List<VersionSummary> list(long documentId) {
        Seen seen = documents.readable(documentId);
        return versions(seen).stream().map(DocumentVersion::summary).toList();
    }

    /** One version with its sections; a version the caller may not read answers like a missing one. */
    public VersionView find(long documentId, int number) {
        Seen seen = documents.readable(documentId);
        return versions(seen).stream().filter(v -> v.number() == number).findFirst()
                .map(DocumentVersion::view)
                .orElseThrow(() -> new InvalidInputException("version", "error.strategy.version.unknown",
                        "no version " + number + " of document " + documentId));
    }

    private List<DocumentVersion> versions(Seen seen) {
        List<DocumentVersion> all = em.createNamedQuery(DocumentVersion.OF_DOCUMENT, DocumentVersion.class)
                .setParameter("document", seen.document().id()).getResultList();
        boolean everything = seen.reach() == Reach.WRITE || seen.caller().role() == Role.COORDINATOR
                || seen.document().writtenBy(seen.caller().municipalityCode());
        Integer adopted = seen.document().adoptedVersion();
        return all.stream().filter(v -> everything || (adopted != null && v.number() == adopted)).toList();
    }
}

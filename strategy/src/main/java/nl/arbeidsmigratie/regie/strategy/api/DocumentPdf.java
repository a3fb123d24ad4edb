package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Locale;
import nl.arbeidsmigratie.regie.platform.api.FileNames;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTypesetting;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.entity.Transition;

/**
 * Any version the caller may read, as a typeset PDF in Dutch or English. The same reading rules as
 * {@link DocumentVersions#find}: authors and coordinators every version, everyone else the adopted one; a document
 * or version the caller may not read answers like a missing one.
 */
@Stateless
public class DocumentPdf {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    DocumentVersions versions;

    /** The PDF with a file name that is safe in any download: ASCII letters, digits and dashes. */
    public record PdfFile(String fileName, byte[] content) {
    }

    public PdfFile render(long documentId, int number, @NotNull Locale locale) {
        Seen seen = documents.readable(documentId);
        VersionView version = versions.find(documentId, number);
        Integer adopted = seen.document().adoptedVersion();
        byte[] content = DocumentTypesetting.pdf(documents.view(seen), version,
                adopted != null && adopted == number, submitted(documentId, number), locale);
        return new PdfFile(fileName(seen.document().title(), number), content);
    }

    /** When this version was last handed in for review, if ever: the version's own standing, not the document's. */
    private Instant submitted(long documentId, int number) {
        return em.createNamedQuery(Transition.OF_DOCUMENT, Transition.class).setParameter("document", documentId)
                .getResultStream().map(Transition::view)
                .filter(step -> step.submitted() && Integer.valueOf(number).equals(step.versionNumber()))
                .map(TransitionView::at).reduce((earlier, later) -> later).orElse(null);
    }

    static String fileName(String title, int number) {
        return FileNames.slug(title, "document") + "-v" + number + ".pdf";
    }
}

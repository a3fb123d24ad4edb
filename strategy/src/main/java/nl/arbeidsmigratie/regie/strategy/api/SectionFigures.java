package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.FigureSnapshot;
import nl.arbeidsmigratie.regie.strategy.entity.Section;

/**
 * Figures frozen into a section: an author picks a reference date, and the figures that belong to the section's
 * learning goal, as monitoring knows them now, are stored as values with the section (replacing earlier ones) and
 * with every version saved from it.
 */
@Stateless
public class SectionFigures {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    FigureSnapshot snapshot;

    @Inject
    AuditTrail audit;

    public SectionView freeze(long sectionId, long version, LocalDate referenceDate) {
        if (referenceDate == null) {
            throw new InvalidInputException("referenceDate", "error.count.reference-date.required",
                    "no reference date");
        }
        Section section = documents.writableSection(sectionId, version);
        Instant now = documents.now();
        if (referenceDate.isAfter(now.atZone(nl.arbeidsmigratie.regie.platform.api.DutchTime.ZONE).toLocalDate())) {
            throw new InvalidInputException("referenceDate", "error.strategy.figures.future",
                    "a reference date cannot lie in the future");
        }
        if (referenceDate.isBefore(CountFigures.EARLIEST_REFERENCE_DATE)) {
            throw new InvalidInputException("referenceDate", "error.count.reference-date.too-early",
                    "a reference date lies on or after " + CountFigures.EARLIEST_REFERENCE_DATE);
        }
        FrozenFigures figures = snapshot.of(section.document(), section.view().goal(), referenceDate, now);
        section.freeze(figures, now, documents.readable(section.document().id()).caller().email());
        return saved(section, "strategy.figures.frozen", figures);
    }

    public SectionView remove(long sectionId, long version) {
        Section section = documents.writableSection(sectionId, version);
        section.freeze(null, documents.now(), documents.readable(section.document().id()).caller().email());
        return saved(section, "strategy.figures.removed", null);
    }

    private SectionView saved(Section section, String action, FrozenFigures figures) {
        em.flush();
        SectionView view = section.view();
        documents.touch(section.document(), view.changedAt());
        audit.record(action, "strategy-document:" + section.document().id(), null,
                figures == null ? Map.of("section", view.id()) : Map.of("section", view.id(),
                        "referenceDate", figures.referenceDate().toString(), "knownAt", figures.knownAt().toString()));
        return view;
    }
}

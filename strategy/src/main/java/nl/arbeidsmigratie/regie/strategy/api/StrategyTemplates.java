package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.EnrolmentPrefill;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess;
import nl.arbeidsmigratie.regie.strategy.entity.TemplateVersion;

/**
 * The template new documents start from: one section per learning goal with its guiding questions. Coordinators
 * keep it by publishing a new version; a published version never changes, so a document's "started from
 * template version n" keeps its meaning.
 */
@Stateless
public class StrategyTemplates {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    StrategyAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The version new documents start from now. */
    public TemplateView current() {
        access.caller();
        return latest().view();
    }

    /** Every version, newest first. */
    public List<TemplateView> history() {
        access.caller();
        return em.createNamedQuery(TemplateVersion.NEWEST_FIRST, TemplateVersion.class).getResultStream()
                .map(TemplateVersion::view).toList();
    }

    /**
     * Publishes a new version on top of version {@code basedOn}, the one the coordinator edited: every learning goal
     * exactly once, each with a title of its own; guidance may be empty.
     */
    public TemplateView publish(int basedOn, String note, List<TemplateSection> sections) {
        AccountView coordinator = access.coordinator();
        List<TemplateSection> checked = new ArrayList<>();
        Set<LearningGoal> seen = EnumSet.noneOf(LearningGoal.class);
        for (TemplateSection section : sections == null ? List.<TemplateSection>of() : sections) {
            if (section.goal() == null || !seen.add(section.goal())) {
                throw new InvalidInputException("sections", "error.strategy.template.goals",
                        "every learning goal exactly once");
            }
            checked.add(new TemplateSection(section.goal(), DocumentTexts.title("title", section.title()),
                    DocumentTexts.note("guidance", section.guidance(), false)));
        }
        // a document's chapters are told apart by their titles, and a goal's chapter cannot be renamed in it; the
        // chapter a document opens with, from the municipality's enrolment, has its title too
        Set<String> titles = new HashSet<>();
        titles.add(EnrolmentPrefill.STARTING_POINT.toLowerCase(Locale.ROOT));
        for (TemplateSection section : checked) {
            if (!titles.add(section.title().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("sections", "error.strategy.template.title-taken",
                        "two chapters titled " + section.title(), section.title());
            }
        }
        if (seen.size() != LearningGoal.values().length) {
            throw new InvalidInputException("sections", "error.strategy.template.goals",
                    "every learning goal exactly once");
        }
        TemplateVersion current = latest();
        if (current.number() != basedOn) {
            // published meanwhile from another page: publishing over it would quietly undo that version's changes
            throw new ConcurrentChangeException("version " + current.number() + " was published meanwhile",
                    current.view());
        }
        if (checked.equals(current.view().sections())) {
            throw new InvalidInputException("sections", "error.strategy.template.unchanged",
                    "the same as version " + current.number());
        }
        TemplateVersion version = new TemplateVersion(current.number() + 1, DocumentTexts.note("note", note, false),
                checked, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), coordinator.email());
        em.persist(version);
        em.flush();
        TemplateView view = version.view();
        audit.record("strategy.template.published", "strategy-template:" + view.number(), null,
                Map.of("number", view.number(), "note", String.valueOf(view.note())));
        return view;
    }

    private TemplateVersion latest() {
        return em.createNamedQuery(TemplateVersion.NEWEST_FIRST, TemplateVersion.class).setMaxResults(1)
                .getSingleResult();
    }
}

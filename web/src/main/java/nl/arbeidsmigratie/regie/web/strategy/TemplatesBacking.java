package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;
import nl.arbeidsmigratie.regie.strategy.api.StrategyTemplates;
import nl.arbeidsmigratie.regie.strategy.api.TemplateSection;
import nl.arbeidsmigratie.regie.strategy.api.TemplateView;
import nl.arbeidsmigratie.regie.web.faces.DisplayValues;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import org.omnifaces.util.Messages;

/**
 * The template for coordinators: the current version with its sections open for editing, published as a new
 * version with a note; the versions before it stay as they were, because documents name the version they
 * started from.
 */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyTemplates templates;

    @Inject
    DisplayValues values;

    private TemplateView current;
    private List<TemplateView> history = List.of();
    private List<Section> sections = List.of();
    private String note;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        FacadeCalls.attempt(() -> {
            current = templates.current();
            history = templates.history();
        });
        sections = current == null ? List.of() : current.sections().stream().map(Section::new).toList();
    }

    public void publish() {
        List<TemplateSection> edited = sections.stream()
                .map(s -> new TemplateSection(s.getGoal(), s.getTitle(), s.getGuidance())).toList();
        boolean published = FacadeCalls.of(() -> templates.publish(current.number(), note, edited))
                .onConflict(conflict -> {
                    // what was typed stays to publish over the newer version, once compared with it in the history
                    TemplateView newer = (TemplateView) conflict.current();
                    current = newer;
                    history = templates.history();
                    Messages.addGlobalError("strategy.templates.changed-meanwhile", newer.number(),
                            values.person(newer.createdBy()));
                }).run();
        if (published) {
            note = null;
            load();
            Messages.addGlobalInfo("strategy.templates.published", current.number());
        }
    }

    public TemplateView getCurrent() {
        return current;
    }

    public List<TemplateView> getHistory() {
        return history;
    }

    public List<Section> getSections() {
        return sections;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** One section as the coordinator edits it; the learning goal stays, title and questions may change. */
    public static final class Section implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LearningGoal goal;
        private String title;
        private String guidance;

        Section(TemplateSection section) {
            this.goal = section.goal();
            this.title = section.title();
            this.guidance = section.guidance();
        }

        public LearningGoal getGoal() {
            return goal;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getGuidance() {
            return guidance;
        }

        public void setGuidance(String guidance) {
            this.guidance = guidance;
        }
    }
}

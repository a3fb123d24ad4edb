package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;

/** The section a template gives one learning goal: its title and the questions that guide the authors. */
public record TemplateSection(LearningGoal goal, String title, String guidance) implements Serializable {
}

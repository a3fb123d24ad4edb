package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.Map;

/**
 * One respondent's answers by slot id, shown by municipality. {@code name} is given to coordinators and auditors
 * only; others see the municipality (or "guest") beside the answers.
 */
public record RespondentAnswers(String municipalityCode, String municipalityName, boolean guest, String name,
                                Map<Long, Availability> answers) implements Serializable {

    public RespondentAnswers {
        answers = Map.copyOf(answers);
    }
}

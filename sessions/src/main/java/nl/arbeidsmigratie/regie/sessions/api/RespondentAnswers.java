package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.Map;

/**
 * One respondent's answers by slot id, shown by municipality. {@code name} is given to coordinators and auditors
 * only; others see the municipality (or "guest") beside the answers, and {@code number} (1, 2, …) where more than
 * one person of that municipality, or more than one guest, answered (0 for the only one).
 */
public record RespondentAnswers(String municipalityCode, String municipalityName, boolean guest, String name,
                                int number, Map<Long, Availability> answers) implements Serializable {

    public RespondentAnswers {
        answers = Map.copyOf(answers);
    }
}

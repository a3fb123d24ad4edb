package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;
import nl.arbeidsmigratie.regie.registration.api.LearningGoal;

/**
 * A learning goal as a theme for the next meeting: how many confirmed municipalities chose it (their names beside),
 * and the numbers of the meetings of the series that already have it as a theme.
 */
public record ThemeSuggestion(LearningGoal goal, int municipalities, List<String> municipalityNames,
                              List<Integer> coveredInMeetings) implements Serializable {

    public ThemeSuggestion {
        municipalityNames = List.copyOf(municipalityNames);
        coveredInMeetings = List.copyOf(coveredInMeetings);
    }
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;

/**
 * The slots ranked by most "yes", then most "if need be", then earliest; and everyone's answers by municipality
 * (respondents who have not answered are left out).
 */
public record PollResults(DatePollView poll, List<SlotResult> ranking, List<RespondentAnswers> answers)
        implements Serializable {

    public PollResults {
        ranking = List.copyOf(ranking);
        answers = List.copyOf(answers);
    }
}

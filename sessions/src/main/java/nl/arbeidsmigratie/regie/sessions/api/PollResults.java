package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.util.List;

/**
 * The slots ranked by most "yes", then most "if need be", then earliest; and everyone's answers by municipality
 * (respondents who have not answered are left out). {@code answeringAs} names the invitee the results were opened
 * for, by their personal link or signed in (their name and municipality, a guest's name); null for anyone else.
 */
public record PollResults(DatePollView poll, List<SlotResult> ranking, List<RespondentAnswers> answers,
                          String answeringAs) implements Serializable {

    public PollResults {
        ranking = List.copyOf(ranking);
        answers = List.copyOf(answers);
    }
}

package nl.arbeidsmigratie.regie.web.sessions;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.sessions.api.Availability;
import nl.arbeidsmigratie.regie.sessions.api.PollResults;
import nl.arbeidsmigratie.regie.sessions.api.RespondentAnswers;
import nl.arbeidsmigratie.regie.sessions.api.SlotView;

/**
 * A poll as a page shows it to one respondent: the results and the answers they are typing, one per slot, starting
 * from what they answered before. The signed-in poll page and the guests' public page both hold one.
 */
public class PollSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PollResults results;
    /** Answers by slot id as the radio buttons post them: the name of an {@link Availability}. */
    private final Map<Long, String> answers = new HashMap<>();

    PollSheet(PollResults results) {
        this.results = results;
        results.poll().ownAnswers().forEach((slot, answer) -> answers.put(slot, answer.name()));
    }

    /** The answers chosen; a slot left open is left out, which the facade refuses as unanswered. */
    Map<Long, Availability> answers() {
        Map<Long, Availability> chosen = new HashMap<>();
        answers.forEach((slot, answer) -> {
            if (answer != null && !answer.isBlank()) {
                chosen.put(slot, Availability.valueOf(answer));
            }
        });
        return chosen;
    }

    public PollResults getResults() {
        return results;
    }

    /** Per slot id the answer chosen, bound to each slot's radio buttons. */
    public Map<Long, String> getAnswers() {
        return answers;
    }

    public List<SlotView> getSlots() {
        return results.poll().slots();
    }

    public Availability[] getChoices() {
        return Availability.values();
    }

    /** What a respondent answered for a slot; null when they left it open. */
    public Availability answerOf(RespondentAnswers respondent, SlotView slot) {
        return respondent.answers().get(slot.id());
    }
}

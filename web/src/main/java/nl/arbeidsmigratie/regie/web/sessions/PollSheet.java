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
    private final Map<Long, Availability> answers = new HashMap<>();

    PollSheet(PollResults results) {
        this.results = results;
        answers.putAll(results.poll().ownAnswers());
    }

    Map<Long, Availability> answers() {
        return Map.copyOf(answers);
    }

    public PollResults getResults() {
        return results;
    }

    /** Per slot id the answer chosen, bound to each slot's radio buttons. */
    public Map<Long, Availability> getAnswers() {
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

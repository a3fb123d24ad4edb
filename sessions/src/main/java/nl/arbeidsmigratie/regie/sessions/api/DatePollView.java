package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A poll as one respondent sees it: its slots in time order, its deadline (Dutch local time) and that respondent's
 * own answers by slot id ({@code ownAnswers} empty for those who do not answer, such as coordinators).
 * {@code fixedSlotId} is set once the coordinator fixed a slot; {@code meetingCancelled} once its meeting was
 * cancelled, which closed it, so none of its moments is one to keep free.
 */
public record DatePollView(long id, long meetingId, String meetingTitle, LocalDateTime deadline, PollStatus status,
                           boolean meetingCancelled, List<SlotView> slots, Long fixedSlotId, int invited, int answered,
                           Map<Long, Availability> ownAnswers, long version) implements Serializable {

    public DatePollView {
        slots = List.copyOf(slots);
        ownAnswers = Map.copyOf(ownAnswers);
    }
}

package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingRegistration;

/**
 * Places of a locked meeting: whoever waits longest takes a place that is free, and is told so. Called after
 * anything that frees or adds places (a cancellation, a withdrawn municipality, a larger capacity).
 */
@Dependent
public class MeetingPlaces {

    @Inject
    MeetingBook book;

    @Inject
    MeetingMails mails;

    public List<MeetingRegistration> rebalance(Meeting meeting) {
        long taken = book.withStatus(meeting, RegistrationStatus.REGISTERED).size();
        List<MeetingRegistration> waiting = book.withStatus(meeting, RegistrationStatus.WAITING_LIST);
        List<MeetingRegistration> promoted = waiting.subList(0, (int) Math.max(0,
                Math.min(waiting.size(), meeting.capacity() - taken)));
        for (MeetingRegistration registration : promoted) {
            registration.promote();
            mails.send("meeting-registration:" + registration.id() + ":promoted", registration.email(),
                    registration.language(), "promoted", meeting, registration.name(),
                    new MeetingMails.Programme(meeting), mails.circlePage(meeting));
        }
        return List.copyOf(promoted);
    }
}

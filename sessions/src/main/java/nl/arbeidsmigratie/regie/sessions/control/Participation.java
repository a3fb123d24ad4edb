package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.registration.api.EditionParticipant;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.api.Enrolments;
import nl.arbeidsmigratie.regie.sessions.api.MeetingStatus;
import nl.arbeidsmigratie.regie.sessions.api.RegistrationStatus;
import nl.arbeidsmigratie.regie.sessions.entity.DatePoll;
import nl.arbeidsmigratie.regie.sessions.entity.Meeting;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingRegistration;
import nl.arbeidsmigratie.regie.sessions.entity.MeetingSeries;

/**
 * Follows who takes part in an edition. A municipality that joins (its enrolment confirmed) is invited to the open
 * polls and told of the meetings ahead that were announced; one that leaves (withdrawn or declined) loses its registrations for meetings still ahead, each person is
 * told, and the places go to the waiting list. Every step looks at what is stored and does only what is missing,
 * so running it twice, or again after a crash, changes nothing more.
 */
@Dependent
public class Participation {

    @Inject
    MeetingBook book;

    @Inject
    Polls polls;

    @Inject
    MeetingPlaces places;

    @Inject
    MeetingMails mails;

    @Inject
    Enrolments enrolments;

    @Inject
    AuditTrail audit;

    public void joined(long editionId, String municipalityCode) {
        List<EditionParticipant> people = enrolments.participantsOf(editionId).stream()
                .filter(p -> p.municipalityCode().equals(municipalityCode)).toList();
        for (DatePoll poll : polls.openOfEdition(editionId)) {
            if (poll.deadline().isAfter(book.now())) {
                polls.invite(polls.lockedPoll(poll.id()), people, book.now(), true);
            }
        }
        // the meetings ahead that the circle was told of: a later change would otherwise be their first word of one
        book.seriesOfEdition(editionId).ifPresent(series -> book.meetings(series).stream()
                .filter(m -> (m.status() == MeetingStatus.CONFIRMED || m.status() == MeetingStatus.MOVED_ONLINE)
                        && m.startsAt() != null && m.startsAt().isAfter(book.now()))
                .forEach(meeting -> people.forEach(person -> mails.announce(meeting, person))));
    }

    public void left(long editionId, String municipalityCode) {
        book.seriesOfEdition(editionId).ifPresent(series -> {
            for (Meeting found : book.meetings(series)) {
                if (!found.status().open()) {
                    continue;
                }
                Meeting meeting = book.lockedMeeting(found.id());
                // a meeting that took place keeps who was expected, whoever left the circle since
                if (book.attendanceRecorded(meeting)) {
                    continue;
                }
                List<MeetingRegistration> lapsed = book.registrations(meeting).stream()
                        .filter(r -> r.live() && r.municipalityCode().equals(municipalityCode)).toList();
                for (MeetingRegistration registration : lapsed) {
                    boolean waiting = registration.status() == RegistrationStatus.WAITING_LIST;
                    registration.cancel(book.now());
                    mails.send("meeting-registration:" + registration.id() + ":lapsed", registration.email(),
                            registration.language(), waiting ? "withdrawn-waiting" : "withdrawn", meeting,
                            registration.name());
                    audit.record("sessions.registration.lapsed", "meeting-registration:" + registration.id(),
                            RegistrationStatus.REGISTERED, RegistrationStatus.CANCELLED);
                }
                if (!lapsed.isEmpty()) {
                    places.rebalance(meeting);
                }
            }
        });
    }

    /** Repairs what a missed reaction left: joins every confirmed municipality, and lets every other one leave. */
    public void reconcile(MeetingSeries series) {
        List<EnrolmentView> all = enrolments.list(series.editionId(), Set.of());
        Set<String> confirmed = all.stream().filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                .map(EnrolmentView::municipalityCode).collect(Collectors.toSet());
        confirmed.forEach(code -> joined(series.editionId(), code));
        Set<String> registered = book.meetings(series).stream().flatMap(m -> book.registrations(m).stream())
                .filter(MeetingRegistration::live).map(MeetingRegistration::municipalityCode)
                .collect(Collectors.toSet());
        registered.stream().filter(code -> !confirmed.contains(code)).forEach(code -> left(series.editionId(), code));
    }
}

package nl.arbeidsmigratie.regie.registration.control;

import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.registration.api.EditionState;
import nl.arbeidsmigratie.regie.registration.api.EditionView;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentContact;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.entity.Edition;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment;

/** Turns the learning circle's entities into the records that leave the module. */
public final class CircleViews {

    private CircleViews() {
    }

    public static EditionView of(Edition e, EditionState state, Map<EnrolmentStatus, Long> counts) {
        return new EditionView(e.id(), e.title(), e.description(), e.targetGroup(), e.opensOn(), e.closesOn(),
                e.capacity(), state, counts.getOrDefault(EnrolmentStatus.CONFIRMED, 0L),
                counts.getOrDefault(EnrolmentStatus.SUBMITTED, 0L),
                counts.getOrDefault(EnrolmentStatus.WAITING_LIST, 0L), e.version());
    }

    public static EnrolmentView of(Enrolment e, int waitingPosition) {
        return new EnrolmentView(e.id(), e.edition().id(), e.edition().title(), e.municipality().code(),
                e.municipality().name(), e.contactName(), e.contactEmail(), e.policyPhase(),
                List.copyOf(e.learningGoals()), e.bottlenecks(), e.status(), waitingPosition, e.submittedAt(),
                e.decidedAt(), e.declineReason(), e.version(), e.otherContacts().stream()
                .map(c -> new EnrolmentContact(c.name(), c.email())).toList());
    }
}

package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentStatus;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentView;
import nl.arbeidsmigratie.regie.registration.entity.Edition;
import nl.arbeidsmigratie.regie.registration.entity.Enrolment;

/**
 * Keeps an edition's places and waiting list in step with its capacity. Called with the edition locked, after
 * anything that frees a place or changes the capacity.
 */
@Dependent
public class Places {

    @Inject
    EnrolmentRegister register;

    @Inject
    EnrolmentNotices notices;

    /**
     * Promotes from the waiting list, first come first served, while places are free. A place once given is never
     * taken back here: a capacity below the places taken is refused before this.
     */
    public void rebalance(Edition edition) {
        long taken = register.placesTaken(edition);
        for (Enrolment next : register.withStatus(edition, EnrolmentStatus.WAITING_LIST)) {
            if (taken >= edition.capacity()) {
                break;
            }
            EnrolmentView before = register.view(next);
            next.promote();
            notices.announce(EnrolmentChange.PROMOTED, next, before);
            taken++;
        }
    }
}

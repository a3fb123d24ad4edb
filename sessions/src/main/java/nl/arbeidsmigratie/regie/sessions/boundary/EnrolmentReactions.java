package nl.arbeidsmigratie.regie.sessions.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentConfirmed;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentDeclined;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentWithdrawn;
import nl.arbeidsmigratie.regie.sessions.control.Participation;

/**
 * Reacts to registration's enrolment events once their change is committed, each in a transaction of its own and
 * as the person who made the change: a confirmed municipality is invited to the open polls; a withdrawn or declined
 * one loses its registrations. The reactions are idempotent; {@link ParticipationReconciliation} repairs what a
 * crash between the commit and a reaction missed.
 */
@Stateless
public class EnrolmentReactions {

    @Inject
    Participation participation;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentConfirmed event) {
        participation.joined(event.editionId(), event.municipalityCode());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentWithdrawn event) {
        participation.left(event.editionId(), event.municipalityCode());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void declined(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentDeclined event) {
        participation.left(event.editionId(), event.municipalityCode());
    }
}

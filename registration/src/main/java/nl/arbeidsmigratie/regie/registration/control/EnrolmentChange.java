package nl.arbeidsmigratie.regie.registration.control;

import nl.arbeidsmigratie.regie.registration.api.EnrolmentConfirmed;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentDeclined;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentPromoted;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentRevised;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentSubmitted;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentWaitlisted;
import nl.arbeidsmigratie.regie.registration.api.EnrolmentWithdrawn;

/** What happened to an enrolment: names its audit action, its mail and the event other modules observe. */
public enum EnrolmentChange {
    SUBMITTED,
    WAITLISTED,
    CONFIRMED,
    DECLINED,
    PROMOTED,
    WITHDRAWN,
    REVISED;

    public String auditAction() {
        return "enrolment." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public Object event(long enrolmentId, long editionId, String municipalityCode) {
        return switch (this) {
            case SUBMITTED -> new EnrolmentSubmitted(enrolmentId, editionId, municipalityCode);
            case WAITLISTED -> new EnrolmentWaitlisted(enrolmentId, editionId, municipalityCode);
            case CONFIRMED -> new EnrolmentConfirmed(enrolmentId, editionId, municipalityCode);
            case DECLINED -> new EnrolmentDeclined(enrolmentId, editionId, municipalityCode);
            case PROMOTED -> new EnrolmentPromoted(enrolmentId, editionId, municipalityCode);
            case WITHDRAWN -> new EnrolmentWithdrawn(enrolmentId, editionId, municipalityCode);
            case REVISED -> new EnrolmentRevised(enrolmentId, editionId, municipalityCode);
        };
    }
}

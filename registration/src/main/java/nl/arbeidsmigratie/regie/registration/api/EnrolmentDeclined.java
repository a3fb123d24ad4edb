package nl.arbeidsmigratie.regie.registration.api;

/** The coordinator declined an enrolment. Fired inside the transaction of the change. */
public record EnrolmentDeclined(long enrolmentId, long editionId, String municipalityCode) {
}

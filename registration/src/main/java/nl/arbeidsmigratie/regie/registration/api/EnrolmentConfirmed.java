package nl.arbeidsmigratie.regie.registration.api;

/** The coordinator confirmed an enrolment: the municipality takes part. Fired inside the transaction of the change. */
public record EnrolmentConfirmed(long enrolmentId, long editionId, String municipalityCode) {
}

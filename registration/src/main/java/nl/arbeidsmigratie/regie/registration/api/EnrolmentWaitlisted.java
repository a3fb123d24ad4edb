package nl.arbeidsmigratie.regie.registration.api;

/** An enrolment arrived when every place was taken, or lost its place when capacity went down. Fired inside the transaction of the change. */
public record EnrolmentWaitlisted(long enrolmentId, long editionId, String municipalityCode) {
}

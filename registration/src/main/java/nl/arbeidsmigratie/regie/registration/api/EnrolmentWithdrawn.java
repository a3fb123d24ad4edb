package nl.arbeidsmigratie.regie.registration.api;

/** A municipality (or the coordinator for it) withdrew an enrolment. Fired inside the transaction of the change. */
public record EnrolmentWithdrawn(long enrolmentId, long editionId, String municipalityCode) {
}

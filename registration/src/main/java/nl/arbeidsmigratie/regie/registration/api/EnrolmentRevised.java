package nl.arbeidsmigratie.regie.registration.api;

/**
 * A municipality (or the coordinator for it) changed what its enrolment says: contact persons, policy phase,
 * learning goals or bottlenecks; its status stays as it was. Fired inside the transaction of the change.
 */
public record EnrolmentRevised(long enrolmentId, long editionId, String municipalityCode) {
}

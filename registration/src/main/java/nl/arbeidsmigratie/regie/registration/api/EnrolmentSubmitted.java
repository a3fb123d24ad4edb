package nl.arbeidsmigratie.regie.registration.api;

/** A municipality enrolled and holds a place, awaiting the coordinator's decision. Fired inside the transaction of the change. */
public record EnrolmentSubmitted(long enrolmentId, long editionId, String municipalityCode) {
}

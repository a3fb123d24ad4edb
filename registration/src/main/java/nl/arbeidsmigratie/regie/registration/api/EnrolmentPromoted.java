package nl.arbeidsmigratie.regie.registration.api;

/** A place freed up and the first enrolment on the waiting list took it; it now awaits the coordinator. Fired inside the transaction of the change. */
public record EnrolmentPromoted(long enrolmentId, long editionId, String municipalityCode) {
}

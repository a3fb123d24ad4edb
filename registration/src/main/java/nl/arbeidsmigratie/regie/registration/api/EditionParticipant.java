package nl.arbeidsmigratie.regie.registration.api;

/**
 * A person who takes part in an edition for a municipality with a confirmed enrolment: an active officer of that
 * municipality, or a contact person named in its enrolment. {@code accountId} is set when the address belongs to an
 * active account; {@code language} ("nl" or "en") is that account's, else the circle's own Dutch.
 */
public record EditionParticipant(String municipalityCode, String municipalityName, String name, String email,
                                 String language, Kind kind, Long accountId) implements java.io.Serializable {

    /** Why the person takes part. */
    public enum Kind {
        OFFICER,
        ENROLMENT_CONTACT
    }
}

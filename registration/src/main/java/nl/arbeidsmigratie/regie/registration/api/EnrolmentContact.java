package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;

/** One more contact person of an enrolment, beside the first: a name and an e-mail address. */
public record EnrolmentContact(String name, String email) implements Serializable {
}

package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/** A person registered for a meeting for a municipality; {@code policyField} is optional. */
public record NewRegistration(long meetingId, String municipalityCode, String name, String email,
                              PolicyField policyField) implements Serializable {
}

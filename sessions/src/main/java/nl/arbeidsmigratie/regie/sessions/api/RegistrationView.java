package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;
import java.time.Instant;
import nl.arbeidsmigratie.regie.registration.api.PolicyField;

/**
 * A registration for a meeting. {@code waitingPosition} counts from 1 on the meeting's waiting list, 0 when the
 * person holds a place or cancelled.
 * {@code attendance} is null until recorded after the meeting.
 */
public record RegistrationView(long id, long meetingId, String municipalityCode, String municipalityName, String name,
                               String email, PolicyField policyField, RegistrationStatus status, int waitingPosition,
                               Instant registeredAt, Attendance attendance, long version) implements Serializable {
}

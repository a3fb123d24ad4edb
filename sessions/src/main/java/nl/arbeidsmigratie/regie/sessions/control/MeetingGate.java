package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.arbeidsmigratie.regie.platform.api.OneAtATime;

/**
 * Registrations for one meeting, one at a time per instance. The row lock of the meeting is what guarantees the
 * capacity, across instances too; this keeps a crowd registering at once from holding the pool while it waits.
 */
@ApplicationScoped
public class MeetingGate extends OneAtATime {
}

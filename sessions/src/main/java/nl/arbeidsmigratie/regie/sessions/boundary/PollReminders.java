package nl.arbeidsmigratie.regie.sessions.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import nl.arbeidsmigratie.regie.sessions.control.Polls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once before a poll's deadline (within {@code sessions.poll.remind-before}, two days by default), reminds those
 * who have not answered. Every instance runs the check; the poll row's lock and its reminder marker make the
 * reminder go out once.
 */
@Stateless
public class PollReminders {

    @Inject
    Polls polls;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sessions.poll.remind-before", defaultValue = "P2D")
    Duration window;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void remindDue() {
        remindNow();
    }

    /** The check itself, for the timer and for whoever needs it at once; returns the reminders queued. */
    public int remindNow() {
        return polls.remindDue(clock.instant(), window);
    }
}

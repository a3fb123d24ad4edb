package nl.arbeidsmigratie.regie.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one registration per meeting at a time, per instance, reach the database. The row lock of the meeting is
 * what guarantees the capacity, across instances too; this gate only keeps a crowd arriving at once from waiting
 * for that row lock while each holds a pooled connection. A transaction reads through several persistence units
 * and may need a connection for each, so thirty requests blocked on the row with the pool's thirty connections
 * would leave the one holding the lock unable to finish. Waiting here holds no connection.
 */
@ApplicationScoped
public class MeetingGate {

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public MeetingGate() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    public <T> T through(long meetingId, Supplier<T> work) {
        ReentrantLock lock = stripes[(int) Math.floorMod(meetingId, (long) stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

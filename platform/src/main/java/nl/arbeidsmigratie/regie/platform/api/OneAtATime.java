package nl.arbeidsmigratie.regie.platform.api;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one piece of work per key (a meeting, a section) at a time, per instance, reach the database. Work on one
 * record from many people at once would otherwise wait on that record's row lock while each holds pooled
 * connections: a transaction reads through several persistence units and may need one for each, so a crowd can
 * take the whole pool and leave the transaction holding the lock unable to finish. Waiting here holds no
 * connection, as long as the work starts before the transaction's first query. It is no substitute for the
 * database's own guarantees, which hold across instances; it only keeps one instance's crowd in line. A module
 * keeps one per kind of record, application-scoped, so unrelated records rarely share a stripe.
 */
public class OneAtATime {

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public OneAtATime() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    public <T> T through(long key, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(Long.hashCode(key), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

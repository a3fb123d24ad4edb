package nl.arbeidsmigratie.regie.testing.container;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two writers of the same record with the race decided on purpose: someone else's write is held uncommitted while
 * the write under test runs, and committed once that write waits for it. What the database then does to the second
 * writer is what a real race at that moment does to it, every time.
 */
public final class Races {

    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private Races() {
    }

    /**
     * Runs {@code second} on {@code executor} while {@code held} (autocommit off, its write done) holds its write,
     * commits {@code held} as soon as a statement waits for a lock, and answers what {@code second} answered.
     *
     * @throws ExecutionException with what {@code second} threw
     */
    public static <T> T lostBy(Connection held, Callable<T> second, ExecutorService executor) throws Exception {
        Future<T> answer = executor.submit(second);
        long until = System.nanoTime() + PATIENCE_NANOS;
        while (!waitingForALock(held) && !answer.isDone()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the second write never waited for the first");
            }
            Thread.sleep(20);
        }
        held.commit();
        return answer.get(60, TimeUnit.SECONDS);
    }

    private static boolean waitingForALock(Connection held) throws SQLException {
        try (Statement s = held.createStatement(); ResultSet rs = s.executeQuery(
                "select exists (select 1 from pg_locks where not granted)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}

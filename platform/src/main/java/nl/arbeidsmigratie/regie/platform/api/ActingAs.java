package nl.arbeidsmigratie.regie.platform.api;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work the application does by itself, such as loading the demo data set at startup, done as a named account so
 * that facades check that account's rights and the audit trail names it, exactly as for a person. The name holds
 * for the current thread only and for the duration of the work; nothing outside the application can set it.
 */
public final class ActingAs {

    /**
     * The name of work that no person asked for (repairs at startup): it acts with a coordinator's rights, and the
     * audit trail names it as such. No account has this name, since account names are mail addresses.
     */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> NAME = new ThreadLocal<>();

    private ActingAs() {
    }

    public static <T> T call(String name, Supplier<T> work) {
        String previous = NAME.get();
        NAME.set(name);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                NAME.remove();
            } else {
                NAME.set(previous);
            }
        }
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }

    /** Whether work on this thread is done as {@link #SYSTEM}: set only in the application, never by a caller. */
    public static boolean bySystem() {
        return SYSTEM.equals(NAME.get());
    }

    /** The name work on this thread is done as, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(NAME.get());
    }
}

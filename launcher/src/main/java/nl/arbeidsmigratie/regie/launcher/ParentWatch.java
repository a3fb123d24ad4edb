package nl.arbeidsmigratie.regie.launcher;

import java.time.Duration;

/**
 * Ends the JVM it runs in once the process that started it is gone. The launcher uses it on itself (its parent
 * is Maven) and loads it as a Java agent into Payara Micro (its parent is the launcher), so that neither
 * outlives what started it, even when that was killed without a chance to stop its children.
 */
public final class ParentWatch {

    /** Short enough that a stopped run command frees its port at once, long enough to cost nothing. */
    static final Duration INTERVAL = Duration.ofMillis(200);

    private ParentWatch() {
    }

    /** Entry point as a Java agent ({@code -javaagent:parent-watch.jar}); Payara Micro keeps its own main. */
    public static void premain(String arguments) {
        start("the launcher");
    }

    /**
     * Polls the parent rather than waiting on {@code onExit()}: for a process that is not our child the JDK
     * polls too, with pauses that grow to five seconds.
     */
    static void start(String parentName) {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                while (parent.isAlive()) {
                    Thread.sleep(INTERVAL.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            }
            // System.out may be a pipe nobody reads any more; stderr reaches the log file or nobody, both fine.
            System.err.println("[regie] " + parentName + " (process " + parent.pid() + ") is gone; stopping");
            System.exit(143);
        }, "regie-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}

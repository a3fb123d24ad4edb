package nl.arbeidsmigratie.regie.launcher;

import java.time.Duration;

/**
 * Ends the JVM it runs in once the process that started it is gone. The launcher uses it on itself (watching
 * Maven's JVM) and loads it as a Java agent into Payara Micro (watching the launcher), so that neither outlives
 * what started it, even when that was killed without a chance to stop its children. Ending the JVM runs its
 * shutdown hooks, so the launcher still stops Payara and PostgreSQL in order.
 */
public final class ParentWatch {

    /** The system property, and the agent argument, naming the process to watch. */
    public static final String WATCHED_PID = "regie.watched-pid";
    /** Short enough that a stopped run command frees its ports at once, long enough to cost nothing. */
    private static final Duration INTERVAL = Duration.ofMillis(200);

    private ParentWatch() {
    }

    /** Entry point as a Java agent ({@code -javaagent:parent-watch.jar=<pid>}); Payara Micro keeps its own main. */
    public static void premain(String pid) {
        start(pid, "the launcher");
    }

    /**
     * Watches the process with the given id, or the parent when none is given. The starter passes its own id
     * because a parent that dies before this runs would leave us watching whoever adopted us. Polls rather than
     * waits on {@code onExit()}: for a process that is not our child the JDK polls too, with pauses that grow to
     * five seconds.
     */
    static void start(String pid, String name) {
        ProcessHandle watched = pid == null || pid.isBlank()
                ? ProcessHandle.current().parent().orElse(null)
                : ProcessHandle.of(Long.parseLong(pid.strip())).orElse(null);
        if (watched == null) {
            gone(name, pid);
        }
        Thread watch = new Thread(() -> {
            try {
                while (watched.isAlive()) {
                    Thread.sleep(INTERVAL.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            }
            gone(name, String.valueOf(watched.pid()));
        }, "regie-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void gone(String name, String pid) {
        System.err.println("[regie] " + name + " (process " + pid + ") is gone; stopping");
        System.exit(143);
    }
}

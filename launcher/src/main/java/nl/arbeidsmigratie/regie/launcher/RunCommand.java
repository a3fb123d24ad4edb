package nl.arbeidsmigratie.regie.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The part of {@code mvn -q -DskipTests -Prun package} that runs inside Maven's JVM (exec:java). It owns nothing:
 * it starts {@link Launcher} in a JVM of its own, which owns PostgreSQL and Payara Micro, and waits for it. When
 * Maven's JVM is stopped, its shutdown hook passes the stop on and waits until the launcher has stopped
 * everything, so the run command ends only after what it started. If that hook never runs, the launcher sees its
 * parent gone and stops all the same ({@link ParentWatch}).
 */
public final class RunCommand {

    /** Longer than the launcher's own worst case: Payara's stop limit, a kill, PostgreSQL's stop. */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    private RunCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<String> command = List.of(Launcher.javaExecutable(),
                "-Dregie.war=" + System.getProperty("regie.war"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-D" + ParentWatch.WATCHED_PID + "=" + ProcessHandle.current().pid(),
                "-cp", classpath(),
                Launcher.class.getName());
        // Inherited output: the launcher writes to the console itself, not through Maven's System.out (see stop).
        Process launcher = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(launcher), "regie-run-stop"));
        System.exit(launcher.waitFor());
    }

    /**
     * Prints nothing: Maven's own shutdown hook uninstalls jansi from System.out and System.err at the same time,
     * and a line written meanwhile can throw from jansi's escape-sequence parser. That killed the old stop hook
     * before it stopped Payara. The launcher, outside Maven, says what it stops.
     */
    private static void stop(Process launcher) {
        launcher.toHandle().destroy();
        try {
            launcher.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This module's classes and its runtime dependencies, as maven-dependency-plugin listed them. */
    private static String classpath() throws IOException, URISyntaxException {
        Path classes = Path.of(RunCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dependencies = Path.of(System.getProperty("regie.classpath-file"));
        return classes + java.io.File.pathSeparator + Files.readString(dependencies).strip();
    }
}

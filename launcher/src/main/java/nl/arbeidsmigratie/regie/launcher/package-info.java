/**
 * Development launcher, never shipped: one command that starts PostgreSQL (embedded, its data kept between
 * runs) or uses the one named by {@code DB_URL}, runs the WAR on Payara Micro in a separate process, and
 * declares the product ready only when a real page answers HTTP 200 (Payara prints "ready" even when the
 * deployment failed). Ctrl-C or SIGTERM stops everything it started.
 *
 * <p>Decisions:
 * <ul>
 * <li>Nothing that must be stopped is owned by Maven's JVM, and nothing is printed there during its shutdown.
 * The launcher used to run inside Maven (exec:java) and stop Payara from a shutdown hook whose first act was to
 * print "stopping Payara Micro". Maven's own hook uninstalls jansi from System.out at that same moment; jansi's
 * escape-sequence parser is not thread-safe, so the line sometimes threw (a NumberFormatException in about 1 of 1000
 * tries), the hook died before it stopped Payara, {@code -q} hid the warning and zonky's own hook still stopped
 * PostgreSQL: Payara kept running, orphaned. Now {@link nl.arbeidsmigratie.regie.launcher.RunCommand} only starts
 * {@link nl.arbeidsmigratie.regie.launcher.Launcher} in a JVM of its own with inherited output, passes a stop on
 * and waits for it, so the run command ends after what it started.</li>
 * <li>Every process is tied to its parent ({@link nl.arbeidsmigratie.regie.launcher.ParentWatch}): the launcher
 * stops when Maven's JVM is gone, Payara (through a Java agent) when the launcher is gone. A stop therefore
 * never depends on a shutdown hook running in some other JVM.</li>
 * <li>One stop path, the launcher's shutdown hook, in a fixed order: Payara Micro and all its descendants,
 * waited for, then PostgreSQL. zonky's own hook is off because it would stop the database under Payara.</li>
 * <li>The embedded PostgreSQL runs with fsync and synchronous_commit on: zonky turns both off, which is right
 * for test databases (they keep theirs) but not for data a person keeps between runs.</li>
 * <li>Payara Micro listens on 127.0.0.1 unless {@code REGIE_BIND_ADDRESS} says otherwise: the run command
 * creates demo accounts with published passwords. Payara Micro has no bind option, so a pre-boot asadmin
 * command sets the HTTP listener's address.</li>
 * <li>One instance, with Payara Micro's clustering off ({@code --nocluster}), unless {@code REGIE_CLUSTER} names a
 * data grid: then instances of this machine (started by {@code launcher/cluster.sh}, or by the cluster test) share the
 * web sessions through Payara's own Hazelcast on the loopback, with the options in {@code Launcher.clustering}.</li>
 * </ul>
 */
package nl.arbeidsmigratie.regie.launcher;

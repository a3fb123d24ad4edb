/**
 * The product as more than one instance: two Payara Micro instances started by the launcher with
 * {@code REGIE_CLUSTER} (Payara's data grid on the loopback, which replicates the web sessions), one PostgreSQL and
 * HAProxy from the distribution in front. Nothing is shared but the database and the data grid, so the tests prove
 * what must hold across instances: a person goes on after their instance dies, work a timer does is done once, and
 * progress lives where every instance reads it. Skipped, with a message, where HAProxy is not installed.
 */
package nl.arbeidsmigratie.regie.cluster;

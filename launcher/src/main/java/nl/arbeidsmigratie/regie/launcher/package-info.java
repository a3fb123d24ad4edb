/**
 * Development launcher, never shipped: one command that starts PostgreSQL (embedded, its data kept between
 * runs) or uses the one named by {@code DB_URL}, runs the WAR on Payara Micro in a separate process, and
 * declares the product ready only when a real page answers HTTP 200 (Payara prints "ready" even when the
 * deployment failed). Ctrl-C stops everything it started.
 */
package nl.arbeidsmigratie.regie.launcher;

/**
 * Test-only support shared by every module: one real PostgreSQL per test JVM, started before any test engine
 * runs (so before Arquillian boots Payara Micro), the Arquillian configuration that hands its address to
 * Payara, module deployments assembled from exactly what Maven resolved at runtime, and a headless Chromium.
 * Classes in {@code container} are the only ones that travel into a deployment.
 */
package nl.arbeidsmigratie.regie.testing;

/**
 * Test-only support shared by every module: one real PostgreSQL per test JVM, started before any test engine
 * runs (so before Arquillian boots Payara Micro), the Arquillian configuration that hands its address to
 * Payara, module deployments assembled from exactly what Maven resolved at runtime, and a headless Chromium.
 * Classes in {@code container} are the only ones that travel into a deployment.
 * <p>
 * One Payara Micro per test JVM, not per test class: the connector boots a server for every deployment (15–25 s),
 * so {@link nl.arbeidsmigratie.regie.testing.SharedDeployment} keeps the first deployment running for every later
 * class that asks for the same archive. A module deployment therefore holds all of the module's test classes, and
 * tests share one server and one database: each test makes its own data and never counts on a fresh server.
 */
package nl.arbeidsmigratie.regie.testing;

/**
 * The load test: Gatling simulations (Java DSL) against a running server, the run command's loaded with the national
 * synthetic data (README, "Benchmarks", "Load"). {@link nl.arbeidsmigratie.regie.bench.load.Users} holds the target
 * of 200 signed-in users and API clients at once; {@link nl.arbeidsmigratie.regie.bench.load.PageSaturation} and
 * {@link nl.arbeidsmigratie.regie.bench.load.ApiSaturation} find the rate at which p95 passes 1 s;
 * {@link nl.arbeidsmigratie.regie.bench.load.SessionMemory} measures the server's heap per signed-in session. Kept
 * apart from the module's main code so that only the {@code load} profile needs Gatling.
 */
package nl.arbeidsmigratie.regie.bench.load;

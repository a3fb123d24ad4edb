/**
 * Benchmark tooling, never shipped: {@link nl.arbeidsmigratie.regie.bench.SyntheticData} fills an embedded
 * PostgreSQL (or one named by {@code bench.db.url}) with generated data at national scale through COPY, all of
 * it labelled {@code synthetic}; {@link nl.arbeidsmigratie.regie.bench.Benchmark} then starts the product on it as
 * the run command does ({@link nl.arbeidsmigratie.regie.bench.DeployedProduct}) and runs its sections side by side,
 * their contenders interleaved. The dashboard section asks the deployed product for the picture of Zuid-Holland and
 * of the country over HTTP with a personal API token, as known now and a year ago, against the same figures written
 * apart as one plain SQL statement ({@link nl.arbeidsmigratie.regie.bench.PlainSql}); any area whose totals differ
 * fails the run. The pages section opens pages in a signed-in session ({@link nl.arbeidsmigratie.regie.bench.PageSession})
 * and has PostgreSQL count their statements. The import section weighs the product's import with and without the
 * current state's trigger against COPY.
 */
package nl.arbeidsmigratie.regie.bench;

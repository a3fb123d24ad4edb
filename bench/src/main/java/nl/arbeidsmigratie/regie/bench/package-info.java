/**
 * Benchmark tooling, never shipped: {@link nl.arbeidsmigratie.regie.bench.SyntheticData} fills an embedded
 * PostgreSQL (or one named by {@code bench.db.url}) with generated data at national scale through COPY, all of
 * it labelled {@code synthetic}; {@link nl.arbeidsmigratie.regie.bench.Benchmark} then runs its sections side by
 * side, their contenders interleaved. The dashboard section runs the product's own aggregate ({@code RegionalFigures},
 * the code behind the {@code RegionalPicture} facade) as known now from the current state and from the history, and
 * as known a year ago, against the same figures written apart as one plain SQL statement; any area whose totals
 * differ fails the run. The import section weighs the product's import with and without the current state's trigger
 * against COPY.
 */
package nl.arbeidsmigratie.regie.bench;

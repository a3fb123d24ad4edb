/**
 * Benchmark tooling, never shipped: {@link nl.arbeidsmigratie.regie.bench.SyntheticData} fills an embedded
 * PostgreSQL (or one named by {@code bench.db.url}) with generated data at national scale through COPY, all of
 * it labelled {@code synthetic}; {@link nl.arbeidsmigratie.regie.bench.Benchmark} then runs its sections side by
 * side. The dashboard section runs the product's own aggregate ({@code RegionalFigures}, the code behind the
 * {@code RegionalPicture} facade) against the same figures written as one plain SQL statement.
 */
package nl.arbeidsmigratie.regie.bench;

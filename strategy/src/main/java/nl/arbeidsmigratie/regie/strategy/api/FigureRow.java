package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;

/**
 * One frozen figure: {@code label} is a message key (e.g. {@code figures.count.registered-brp}); {@code source}
 * is either such a key ({@code figures.source.*}) or the source text recorded with the figure.
 */
public record FigureRow(String label, String value, String source) implements Serializable {
}

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures of one area as monitoring knew them at {@code knownAt} for {@code referenceDate}, stored as values in
 * the section and in every version saved from it: a later correction or a municipality moving to another region
 * never changes them. Aggregates only.
 */
public record FrozenFigures(LocalDate referenceDate, Instant knownAt, String area, List<FigureRow> rows)
        implements Serializable {

    public FrozenFigures {
        rows = List.copyOf(rows);
    }
}

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.List;

/** Two versions of one document side by side, per section in the order of the later version. */
public record Comparison(VersionSummary before, VersionSummary after, List<SectionComparison> sections)
        implements Serializable {

    public Comparison {
        sections = List.copyOf(sections);
    }
}

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.List;

/** A saved version with every section as it stood then (section ids and versions as they were). */
public record VersionView(VersionSummary summary, List<SectionView> sections) implements Serializable {

    public VersionView {
        sections = List.copyOf(sections);
    }
}

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.List;

/**
 * One section compared between two versions, word by word on its plain text. {@code changed} is false when title,
 * text and applicability are the same, so a page can fold it.
 */
public record SectionComparison(long sectionId, String titleBefore, String titleAfter, boolean notApplicableBefore,
                                boolean notApplicableAfter, boolean changed, List<DiffPart> parts)
        implements Serializable {

    public SectionComparison {
        parts = List.copyOf(parts);
    }
}

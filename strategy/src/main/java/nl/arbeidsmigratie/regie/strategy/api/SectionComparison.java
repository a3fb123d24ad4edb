package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.List;

/**
 * One section compared between two versions, word by word on its plain text. {@code changed} is false when title,
 * text, applicability and frozen figures are the same, so a page can fold it; {@code figuresChanged} says the
 * figures were put in, frozen again or taken out.
 */
public record SectionComparison(long sectionId, String titleBefore, String titleAfter, boolean notApplicableBefore,
                                boolean notApplicableAfter, boolean changed, List<DiffPart> parts,
                                boolean figuresChanged)
        implements Serializable {

    public SectionComparison {
        parts = List.copyOf(parts);
    }
}

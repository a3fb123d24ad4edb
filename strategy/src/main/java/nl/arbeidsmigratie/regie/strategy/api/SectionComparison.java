package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One section compared between two versions, word by word on its plain text. {@code changed} is false when title,
 * text, applicability and frozen figures are the same, so a page can fold it; {@code figuresChanged} says the
 * figures were put in, frozen again or taken out, which the reference dates of the figures before and after tell
 * apart (null where there were none). {@code movedFrom} and {@code movedTo} are its place among the chapters
 * (from 1) in each version when it moved against the others, null when it kept its place.
 */
public record SectionComparison(long sectionId, String titleBefore, String titleAfter, boolean notApplicableBefore,
                                boolean notApplicableAfter, boolean changed, List<DiffPart> parts,
                                boolean figuresChanged, LocalDate figuresDateBefore, LocalDate figuresDateAfter,
                                Integer movedFrom, Integer movedTo)
        implements Serializable {

    public SectionComparison {
        parts = List.copyOf(parts);
    }

    /** Whether the section had no text in the earlier version, which a page says rather than show nothing. */
    public boolean emptyBefore() {
        return parts.stream().allMatch(p -> p.kind() == DiffPart.Kind.INSERTED || p.text().isBlank());
    }

    /** Whether the section has no text in the later version. */
    public boolean emptyAfter() {
        return parts.stream().allMatch(p -> p.kind() == DiffPart.Kind.DELETED || p.text().isBlank());
    }
}

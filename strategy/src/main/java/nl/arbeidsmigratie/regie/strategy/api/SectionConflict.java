package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.strategy.control.TextMerge;
import nl.arbeidsmigratie.regie.strategy.control.WordDiff;

/**
 * A save that came too late: someone saved the section after the version the caller based their text on. Both
 * texts travel with it, so the caller compares, chooses or merges and saves again on {@code current.version()}.
 */
public record SectionConflict(String yourHtml, SectionView current) implements Serializable {

    /**
     * The stored text against the caller's, word by word on the plain text: inserted words are the caller's own,
     * deleted ones only the stored text has. The same comparison as between two versions.
     */
    public List<DiffPart> differences() {
        return WordDiff.between(RichText.toText(current.html()), RichText.toText(yourHtml));
    }

    /**
     * The stored text and the caller's merged on the text both started from ({@code start}), each one's changes kept
     * where they touch different words; empty where both changed the same words.
     */
    public Optional<String> mergedOn(String start) {
        return TextMerge.merged(start, current.html(), yourHtml);
    }
}

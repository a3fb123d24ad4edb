package nl.arbeidsmigratie.regie.strategy.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Two texts written on one section from the same start, merged as the three-way merge of version control does,
 * word by word on the editor's markup: the changes each made to the start, both applied where they touch different
 * words. Where they changed the same words nothing is merged, and the caller proposes otherwise.
 */
public final class TextMerge {

    /** A tag, a word or the white space between words. */
    private static final Pattern TOKEN = Pattern.compile("<[^>]*>|[^<\\s]+|\\s+");

    private TextMerge() {
    }

    /** {@code theirs} and {@code mine} merged on {@code start}; empty where both changed the same words. */
    public static Optional<String> merged(String start, String theirs, String mine) {
        List<String> base = tokens(start);
        List<AbstractDelta<String>> changes = new ArrayList<>(DiffUtils.diff(base, tokens(theirs)).getDeltas());
        changes.addAll(DiffUtils.diff(base, tokens(mine)).getDeltas());
        changes.sort(Comparator.comparingInt(change -> change.getSource().getPosition()));
        StringBuilder merged = new StringBuilder();
        int at = 0;
        AbstractDelta<String> previous = null;
        for (AbstractDelta<String> change : changes) {
            int from = change.getSource().getPosition();
            if (previous != null && previous.getSource().equals(change.getSource())
                    && previous.getTarget().getLines().equals(change.getTarget().getLines())) {
                // both made the same change
                continue;
            }
            boolean bothInsertHere = previous != null && previous.getSource().size() == 0
                    && change.getSource().size() == 0 && previous.getSource().getPosition() == from;
            if (from < at || bothInsertHere) {
                return Optional.empty();
            }
            base.subList(at, from).forEach(merged::append);
            change.getTarget().getLines().forEach(merged::append);
            at = from + change.getSource().size();
            previous = change;
        }
        base.subList(at, base.size()).forEach(merged::append);
        return Optional.of(merged.toString());
    }

    private static List<String> tokens(String html) {
        return TOKEN.matcher(html == null ? "" : html).results().map(MatchResult::group).toList();
    }
}

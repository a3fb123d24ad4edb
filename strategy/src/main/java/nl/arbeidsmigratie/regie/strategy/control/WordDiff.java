package nl.arbeidsmigratie.regie.strategy.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart.Kind;

/**
 * Word-level differences between two plain texts. Words and the white space between them are separate tokens,
 * so a change shows as the words it touched while spacing and line breaks survive in the parts. Also which
 * chapters moved between two orders of them.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    private WordDiff() {
    }

    public static List<DiffPart> between(String before, String after) {
        List<String> source = tokens(before);
        List<String> target = tokens(after);
        List<DiffPart> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
            add(parts, Kind.SAME, source.subList(at, delta.getSource().getPosition()));
            add(parts, Kind.DELETED, delta.getSource().getLines());
            add(parts, Kind.INSERTED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(parts, Kind.SAME, source.subList(at, source.size()));
        return parts;
    }

    /**
     * The elements of {@code before} that {@code after}, holding the same ones in another order, moved: all but the
     * longest run kept in order, so one element taken to the front is one move, not a shift of all the others.
     */
    public static <T> Set<T> moved(List<T> before, List<T> after) {
        Set<T> moved = new HashSet<>();
        DiffUtils.diff(before, after).getDeltas().forEach(delta -> moved.addAll(delta.getSource().getLines()));
        return moved;
    }

    private static void add(List<DiffPart> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            text = parts.remove(parts.size() - 1).text() + text;
        }
        parts.add(new DiffPart(kind, text));
    }

    private static List<String> tokens(String text) {
        return TOKEN.matcher(text == null ? "" : text).results().map(MatchResult::group).toList();
    }
}

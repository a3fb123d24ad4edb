package nl.arbeidsmigratie.regie.strategy.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart;
import nl.arbeidsmigratie.regie.strategy.api.DiffPart.Kind;

/**
 * Word-level differences between two plain texts. Each word is a token with the white space after it, and two
 * tokens are the same word whatever that space is: compared as separate tokens, the spaces between words would
 * count as kept text, and a word kept between two changes could show as deleted and inserted again. A change shows
 * as the words it touched, and spacing and line breaks survive in the parts. Also which chapters moved between two
 * orders of them.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("^\\s+|\\S+\\s*");
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s*\\z");

    private WordDiff() {
    }

    public static List<DiffPart> between(String before, String after) {
        List<String> source = tokens(before);
        List<String> target = tokens(after);
        List<DiffPart> parts = new ArrayList<>();
        // kept words are shown with the spacing of the newer text, where what was added after them begins
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target, (a, b) -> a.strip().equals(b.strip()))
                .getDeltas()) {
            add(parts, Kind.SAME, String.join("", target.subList(at, delta.getTarget().getPosition())));
            String deleted = String.join("", delta.getSource().getLines());
            String inserted = String.join("", delta.getTarget().getLines());
            // the space after the changed words is the text's own, as the newer text has it where words were added
            String spacing = trailingSpace(inserted.isEmpty() ? deleted : inserted);
            add(parts, Kind.DELETED, deleted.substring(0, deleted.length() - trailingSpace(deleted).length()));
            add(parts, Kind.INSERTED, inserted.substring(0, inserted.length() - trailingSpace(inserted).length()));
            add(parts, Kind.SAME, spacing);
            at = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        add(parts, Kind.SAME, String.join("", target.subList(at, target.size())));
        return parts;
    }

    private static String trailingSpace(String text) {
        Matcher space = TRAILING_SPACE.matcher(text);
        return space.find() ? space.group() : "";
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

    private static void add(List<DiffPart> parts, Kind kind, String added) {
        if (added.isEmpty()) {
            return;
        }
        String text = added;
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            text = parts.remove(parts.size() - 1).text() + text;
        }
        parts.add(new DiffPart(kind, text));
    }

    private static List<String> tokens(String text) {
        return TOKEN.matcher(text == null ? "" : text).results().map(MatchResult::group).toList();
    }
}

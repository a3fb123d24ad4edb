package nl.arbeidsmigratie.regie.web.strategy;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.strategy.api.SectionConflict;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;

/**
 * What the author of a document has in hand per section between requests: the text in the editor, the section
 * version that text is based on, what the last save said, and a save that came too late with both texts. A reload
 * of the document never touches a section in conflict, so what was typed there survives until the author chose.
 */
public class SectionDrafts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the last save of a section said: a message key and its arguments. */
    public record Status(String key, Object[] arguments, boolean failed) implements Serializable {
    }

    private static final String PLAIN_SAVE = "strategy.section.saved";

    /** Where a block of the editor's text begins: its blocks stand side by side, none inside another. */
    private static final Pattern BLOCK = Pattern.compile("(?=<(?:p|h[1-6]|ol|ul|blockquote|pre)[ >])");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);

    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Long> basedOn = new HashMap<>();
    /** The stored text each section's draft started from, which a merge after a conflict is made on. */
    private final Map<Long, String> starts = new HashMap<>();
    private final Map<Long, Status> statuses = new HashMap<>();
    private final Map<Long, SectionConflict> conflicts = new HashMap<>();
    private final Map<Long, String> merged = new HashMap<>();

    /** Takes the stored section as the starting point, unless the author still has to resolve a conflict there. */
    void stored(SectionView section) {
        if (!conflicts.containsKey(section.id())) {
            texts.put(section.id(), section.html());
            basedOn.put(section.id(), section.version());
            starts.put(section.id(), section.html());
        }
    }

    /** Saved at {@code at}, told by {@code key} with the time and {@code more}. */
    void saved(SectionView section, String key, Instant at, Object... more) {
        conflicts.remove(section.id());
        merged.remove(section.id());
        texts.put(section.id(), section.html());
        basedOn.put(section.id(), section.version());
        starts.put(section.id(), section.html());
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = MINUTES.format(at);
        System.arraycopy(more, 0, arguments, 1, more.length);
        // what a paste lost stays said while the author types on (each keystroke's save would otherwise replace it
        // within seconds), with the time of the latest save
        Status before = statuses.get(section.id());
        boolean lostBefore = before != null && !before.failed() && before.key().endsWith("Removed");
        statuses.put(section.id(), new Status(lostBefore && PLAIN_SAVE.equals(key) ? before.key() : key, arguments,
                false));
    }

    void failed(long sectionId, String key, Object[] arguments) {
        statuses.put(sectionId, new Status(key, arguments, true));
    }

    /**
     * Someone saved first: both texts are kept, and a merge is proposed: both texts' changes to the one they started
     * from, or where both changed the same words, {@link #merge theirs and the author's blocks it does not hold}.
     */
    void conflict(long sectionId, SectionConflict conflict) {
        conflicts.put(sectionId, conflict);
        // a start the stored text still equals is not the one the author's text came from (a text kept over a new
        // sign-in, say): only the blocks tell then
        String start = starts.get(sectionId);
        merged.put(sectionId, Optional.ofNullable(start).filter(s -> !s.equals(conflict.current().html()))
                .flatMap(conflict::mergedOn)
                .orElseGet(() -> merge(conflict.current().html(), conflict.yourHtml())));
        basedOn.put(sectionId, conflict.current().version());
        starts.put(sectionId, conflict.current().html());
        statuses.put(sectionId, new Status("strategy.section.notSavedConflict", new Object[0], true));
    }

    /**
     * A merge to start from: the saved text, then each block of the author's (paragraph, heading, list) that it does
     * not hold, one the author added or changed; so the text both have, such as what both started from, stands once.
     */
    static String merge(String theirs, String mine) {
        Set<String> saved = new HashSet<>(List.of(BLOCK.split(theirs)));
        return theirs + Arrays.stream(BLOCK.split(mine)).filter(block -> !block.isBlank() && !saved.contains(block))
                .collect(Collectors.joining());
    }

    /** The version of the section the author's text builds on: the one a save expects to replace. */
    public long basedOn(long sectionId) {
        return basedOn.getOrDefault(sectionId, 0L);
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, String> getMerged() {
        return merged;
    }

    public SectionConflict conflict(long sectionId) {
        return conflicts.get(sectionId);
    }

    public Status status(long sectionId) {
        return statuses.get(sectionId);
    }
}

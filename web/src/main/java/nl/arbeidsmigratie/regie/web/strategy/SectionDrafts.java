package nl.arbeidsmigratie.regie.web.strategy;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
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

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE);

    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Long> basedOn = new HashMap<>();
    private final Map<Long, Status> statuses = new HashMap<>();
    private final Map<Long, SectionConflict> conflicts = new HashMap<>();
    private final Map<Long, String> merged = new HashMap<>();

    /** Takes the stored section as the starting point, unless the author still has to resolve a conflict there. */
    void stored(SectionView section) {
        if (!conflicts.containsKey(section.id())) {
            texts.put(section.id(), section.html());
            basedOn.put(section.id(), section.version());
        }
    }

    /** Saved at {@code at}, told by {@code key} with the time and {@code more}. */
    void saved(SectionView section, String key, Instant at, Object... more) {
        conflicts.remove(section.id());
        merged.remove(section.id());
        texts.put(section.id(), section.html());
        basedOn.put(section.id(), section.version());
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = MINUTES.format(at);
        System.arraycopy(more, 0, arguments, 1, more.length);
        statuses.put(section.id(), new Status(key, arguments, false));
    }

    void failed(long sectionId, String key, Object[] arguments) {
        statuses.put(sectionId, new Status(key, arguments, true));
    }

    /** Someone saved first: both texts are kept, and a merge starts from theirs followed by the author's. */
    void conflict(long sectionId, SectionConflict conflict) {
        conflicts.put(sectionId, conflict);
        merged.put(sectionId, conflict.current().html() + conflict.yourHtml());
        basedOn.put(sectionId, conflict.current().version());
        statuses.put(sectionId, new Status("strategy.section.notSavedConflict", new Object[0], true));
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

package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A review comment on a section, optionally on a quoted passage of it, with its replies oldest first. Only a
 * thread's first comment is open or resolved; {@code changedAt} is when its author last changed it, null if never.
 * {@code quoteChanged}: the quoted passage is no longer in the section's text as it was quoted (the text was
 * revised since), so a reader does not take it for the words there now.
 */
public record CommentView(long id, long sectionId, String sectionTitle, String quote, String text, String author,
                          Instant createdAt, Instant changedAt, boolean resolved, String resolvedBy, Instant resolvedAt,
                          List<CommentView> replies, long version, boolean quoteChanged) implements Serializable {

    public CommentView {
        replies = List.copyOf(replies);
    }
}

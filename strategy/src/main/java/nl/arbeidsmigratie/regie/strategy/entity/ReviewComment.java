package nl.arbeidsmigratie.regie.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.strategy.api.CommentView;

/** A review comment on a section, or a reply to one. Only a thread's first comment is resolved or reopened. */
@Entity
@Table(name = "review_comment")
// With their sections: a comment's view names its section.
@NamedQuery(name = ReviewComment.OF_DOCUMENT, query = "select c from ReviewComment c join fetch c.section "
        + "where c.documentId = :document order by c.id")
@NamedQuery(name = ReviewComment.OPEN_OF_DOCUMENT, query = "select c from ReviewComment c join fetch c.section "
        + "where c.documentId = :document and c.parentId is null and c.resolvedAt is null order by c.id")
@NamedQuery(name = ReviewComment.OPEN_PER_DOCUMENT, query = "select c.documentId, count(c) from ReviewComment c "
        + "where c.parentId is null and c.resolvedAt is null group by c.documentId")
public class ReviewComment {

    public static final String OPEN_PER_DOCUMENT = "ReviewComment.openPerDocument";

    public static final String OF_DOCUMENT = "ReviewComment.ofDocument";
    public static final String OPEN_OF_DOCUMENT = "ReviewComment.openOfDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id")
    private long documentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @Column(name = "parent_id")
    private Long parentId;

    private String quote;

    private String text;

    private String author;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Version
    private long version;

    protected ReviewComment() {
    }

    public ReviewComment(Section section, String quote, String text, Instant at, String by) {
        this.documentId = section.document().id();
        this.section = section;
        this.quote = quote;
        this.text = Objects.requireNonNull(text);
        this.createdAt = at;
        this.author = by;
    }

    public ReviewComment replyWith(String replyText, Instant at, String by) {
        if (parentId != null) {
            throw new InvalidInputException("comment", "error.strategy.comment.reply-to-reply",
                    "reply to the thread's first comment");
        }
        ReviewComment reply = new ReviewComment(section, null, replyText, at, by);
        reply.parentId = id;
        return reply;
    }

    public void resolve(Instant at, String by) {
        thread();
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    public void reopen() {
        thread();
        this.resolvedAt = null;
        this.resolvedBy = null;
    }

    /** Its author's second thought, while nobody has answered it and it is open. */
    public void rewrite(String newText, Instant at) {
        this.text = Objects.requireNonNull(newText);
        this.changedAt = at;
    }

    public boolean writtenBy(String email) {
        return author.equalsIgnoreCase(email);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    private void thread() {
        if (parentId != null) {
            throw new InvalidInputException("comment", "error.strategy.comment.reply-to-reply",
                    "only a thread's first comment is resolved or reopened");
        }
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public Long parentId() {
        return parentId;
    }

    public Section section() {
        return section;
    }

    public long version() {
        return version;
    }

    /** Whether {@code email} wrote this comment on or after {@code moment}. */
    public boolean writtenBy(String email, Instant moment) {
        return author.equalsIgnoreCase(email) && !createdAt.isBefore(moment);
    }

    public CommentView view(List<CommentView> replies) {
        return new CommentView(id, section.id(), section.title(), quote, text, author, createdAt, changedAt,
                resolvedAt != null, resolvedBy, resolvedAt, replies, version,
                quote != null && !RichText.shownText(section.bodyHtml()).contains(quote));
    }
}

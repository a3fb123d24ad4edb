package nl.arbeidsmigratie.regie.strategy.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Role;
import nl.arbeidsmigratie.regie.strategy.control.DocumentTexts;
import nl.arbeidsmigratie.regie.strategy.control.Documents;
import nl.arbeidsmigratie.regie.strategy.control.Documents.Seen;
import nl.arbeidsmigratie.regie.strategy.control.StrategyAccess;
import nl.arbeidsmigratie.regie.strategy.entity.ReviewComment;
import nl.arbeidsmigratie.regie.strategy.entity.Section;

/**
 * Review comments: anchored to a section and optionally to a passage quoted from it, threaded by replies,
 * resolved and reopened. Coordinators and the document's authors take part while the document is a draft or in
 * review; nobody else reads them. Open threads block adoption ({@link DocumentWorkflow#adopt}).
 */
@Stateless
public class ReviewComments {

    private static final String COMMENT_MISSING = "error.strategy.comment.text.required";
    private static final String REPLY_MISSING = "error.strategy.reply.text.required";

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    /** Starts a thread on a section; a quote must be a passage of the section's text as it is now. */
    public CommentView add(long documentId, long sectionId, String quote, String text) {
        // locked: a section removed while the comment is written would leave it nowhere to stand
        Seen seen = participant(documents.readableLocked(documentId), true);
        Section section = seen.document().sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> StrategyAccess.unknownSection("sectionId", sectionId));
        String typed = DocumentTexts.note("quote", quote, false);
        // spaces and line breaks as the reader copied them: a passage is found, and kept, with single spaces
        String passage = typed == null ? null : FreeText.spaced(typed);
        // the words as the page shows them, which a reader selects: a link's text without its address
        if (passage != null && !RichText.shownText(section.bodyHtml()).contains(passage)) {
            throw new InvalidInputException("quote", "error.strategy.comment.quote-not-found",
                    "the quoted passage is not in the section");
        }
        ReviewComment comment = new ReviewComment(section, passage, DocumentTexts.note("text", text, COMMENT_MISSING),
                documents.now(), seen.caller().email());
        return saved(comment, "strategy.comment.added");
    }

    /**
     * Answers a thread. The thread takes a new version with it, so that it is resolved or reopened only by someone
     * who read the reply; two replies at once wait for each other. Answered with the thread, its replies and its new
     * version, which the one who replied has read.
     */
    public CommentView reply(long commentId, String text) {
        ReviewComment thread = existing(commentId, true);
        em.lock(thread, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        ReviewComment reply = thread.replyWith(DocumentTexts.note("text", text, REPLY_MISSING), documents.now(),
                documents.readable(thread.documentId()).caller().email());
        saved(reply, "strategy.comment.replied");
        em.refresh(thread);
        return thread.view(repliesTo(thread));
    }

    public CommentView resolve(long commentId, long version) {
        return resolve(commentId, version, null);
    }

    /**
     * Resolves a thread read at {@code version} with a last reply of the resolver's, if they typed one: both or
     * neither, so a reply refused leaves the thread open and one accepted is not taken for someone else's unread.
     */
    public CommentView resolve(long commentId, long version, String lastReply) {
        ReviewComment comment = current(commentId, version);
        if (!FreeText.blank(lastReply)) {
            reply(commentId, lastReply);
        }
        comment.resolve(documents.now(), documents.readable(comment.documentId()).caller().email());
        saved(comment, "strategy.comment.resolved");
        // answered with its thread, as the list shows it, so a client keeps the replies it holds
        return comment.view(repliesTo(comment));
    }

    public CommentView reopen(long commentId, long version) {
        ReviewComment comment = current(commentId, version);
        comment.reopen();
        saved(comment, "strategy.comment.reopened");
        return comment.view(repliesTo(comment));
    }

    /** The replies to {@code thread}, oldest first. */
    private List<CommentView> repliesTo(ReviewComment thread) {
        return em.createNamedQuery(ReviewComment.OF_DOCUMENT, ReviewComment.class)
                .setParameter("document", thread.documentId()).getResultStream()
                .filter(other -> thread.id().equals(other.parentId())).map(reply -> reply.view(List.of())).toList();
    }

    /**
     * Its author changes a comment made on top of {@code version}, as long as nobody answered it and it is open:
     * a typo is put right before anyone reads it in a reply.
     */
    public CommentView change(long commentId, long version, String text) {
        ReviewComment comment = ownUnanswered(commentId, version);
        CommentView before = comment.view(List.of());
        comment.rewrite(DocumentTexts.note("text", text, COMMENT_MISSING), documents.now());
        em.flush();
        CommentView after = comment.view(List.of());
        audit.record("strategy.comment.changed", "strategy-document:" + comment.documentId(), withoutText(before),
                withoutText(after));
        return after;
    }

    /** Its author takes back a comment nobody answered yet; the audit trail keeps that it was there. */
    public CommentView remove(long commentId, long version) {
        ReviewComment comment = ownUnanswered(commentId, version);
        CommentView before = comment.view(List.of());
        em.remove(comment);
        em.flush();
        audit.record("strategy.comment.removed", "strategy-document:" + comment.documentId(), withoutText(before),
                null);
        return before;
    }

    private ReviewComment ownUnanswered(long commentId, long version) {
        ReviewComment comment = current(commentId, version);
        if (!comment.writtenBy(documents.readable(comment.documentId()).caller().email())) {
            throw new AccessRefusedException("only its author changes a comment");
        }
        if (!repliesTo(comment).isEmpty() || comment.resolved()) {
            throw new InvalidInputException("comment", "error.strategy.comment.answered",
                    "comment " + commentId + " was answered or resolved");
        }
        return comment;
    }

    /** Every thread of the document, oldest first, each with its replies. */
    public List<CommentView> list(long documentId) {
        participant(documentId, false);
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        List<ReviewComment> threads = new ArrayList<>();
        for (ReviewComment comment : em.createNamedQuery(ReviewComment.OF_DOCUMENT, ReviewComment.class)
                .setParameter("document", documentId).getResultList()) {
            if (comment.parentId() == null) {
                threads.add(comment);
            } else {
                replies.computeIfAbsent(comment.parentId(), id -> new ArrayList<>()).add(comment.view(List.of()));
            }
        }
        return threads.stream().map(t -> t.view(replies.getOrDefault(t.id(), List.of()))).toList();
    }

    /**
     * One thread with its replies, as {@link #list} shows it, for those who read the document's threads; a reply's
     * number leads to the thread it answers.
     */
    public CommentView thread(long commentId) {
        ReviewComment comment = existing(commentId, false);
        ReviewComment thread = comment.parentId() == null ? comment : existing(comment.parentId(), false);
        return thread.view(repliesTo(thread));
    }

    private ReviewComment current(long commentId, long version) {
        ReviewComment comment = existing(commentId, true);
        em.refresh(comment, LockModeType.PESSIMISTIC_WRITE);
        if (comment.version() != version) {
            throw new ConcurrentChangeException("comment " + commentId + " changed since version " + version,
                    comment.view(List.of()));
        }
        return comment;
    }

    private ReviewComment existing(long commentId, boolean writing) {
        ReviewComment comment = em.find(ReviewComment.class, commentId);
        InvalidInputException unknown = new InvalidInputException("comment", "error.strategy.comment.unknown",
                "no comment " + commentId);
        if (comment == null) {
            throw unknown;
        }
        Seen seen;
        try {
            seen = documents.readable(comment.documentId());
        } catch (InvalidInputException hidden) {
            // a comment on a document the caller may not know of does not exist for them either
            throw unknown;
        }
        participant(seen, writing);
        return comment;
    }

    /** Coordinators and the authors; {@code writing}: only while the document is a draft or in review. */
    private Seen participant(long documentId, boolean writing) {
        return participant(documents.readable(documentId), writing);
    }

    private static Seen participant(Seen seen, boolean writing) {
        AccountView caller = seen.caller();
        boolean takesPart = caller.role() == Role.COORDINATOR
                || (caller.role() == Role.OFFICER && seen.document().writtenBy(caller.municipalityCode()));
        if (!takesPart) {
            throw new AccessRefusedException("review comments are for coordinators and the document's authors");
        }
        DocumentStatus status = seen.document().status();
        if (writing && status != DocumentStatus.DRAFT && status != DocumentStatus.IN_REVIEW) {
            throw new InvalidInputException("document", "error.strategy.comment.closed",
                    "the document is " + status + "; its review is over");
        }
        return seen;
    }

    private CommentView saved(ReviewComment comment, String action) {
        if (comment.id() == null) {
            em.persist(comment);
        }
        em.flush();
        documents.touch(comment.documentId(), documents.now());
        CommentView view = comment.view(List.of());
        audit.record(action, "strategy-document:" + comment.documentId(), null, withoutText(view));
        return view;
    }

    /**
     * A comment as the audit trail keeps it: who commented where and when, and whether it was resolved. Not what it
     * said or quoted: auditors read the trail, and the review stays between the authors and the coordinators.
     */
    private static Map<String, Object> withoutText(CommentView comment) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("id", comment.id());
        kept.put("sectionId", comment.sectionId());
        kept.put("sectionTitle", comment.sectionTitle());
        kept.put("author", comment.author());
        kept.put("createdAt", comment.createdAt());
        kept.put("changedAt", comment.changedAt());
        kept.put("resolved", comment.resolved());
        kept.put("resolvedBy", comment.resolvedBy());
        kept.put("resolvedAt", comment.resolvedAt());
        kept.put("version", comment.version());
        return kept;
    }
}

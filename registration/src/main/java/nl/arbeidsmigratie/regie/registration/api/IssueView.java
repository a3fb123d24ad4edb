package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A newsletter issue as coordinators see it. {@code bodyHtml} is sanitised and safe to show as HTML;
 * {@code recipients} counts the mails queued so far.
 */
public record IssueView(long id, String subject, String bodyHtml, String language, IssueStatus status,
                        String createdBy, Instant createdAt, Instant sentAt, int recipients, long version)
        implements Serializable {

    public boolean draft() {
        return status == IssueStatus.DRAFT;
    }
}

package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.arbeidsmigratie.regie.registration.api.IssueStatus;

/**
 * One issue of the newsletter, in one language. Its body is stored sanitised. While it is being sent, it
 * remembers the last subscriber whose mail was queued, so sending continues there after a restart.
 */
@Entity
@Table(name = "newsletter_issue")
@NamedQuery(name = NewsletterIssue.ALL, query = "select i from NewsletterIssue i order by i.createdAt desc, i.id desc")
@NamedQuery(name = NewsletterIssue.WITH_STATUS, query = "select i.id from NewsletterIssue i where i.status = :status")
@NamedQuery(name = NewsletterIssue.LAST_SENT, query = "select i.sentAt from NewsletterIssue i "
        + "where i.sentAt is not null order by i.sentAt desc")
public class NewsletterIssue {

    public static final String ALL = "NewsletterIssue.all";
    public static final String WITH_STATUS = "NewsletterIssue.withStatus";
    public static final String LAST_SENT = "NewsletterIssue.lastSent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subject;

    @Column(name = "body_html")
    private String bodyHtml;

    private String language;

    @Enumerated(EnumType.STRING)
    private IssueStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sending_started_at")
    private Instant sendingStartedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_subscriber_id")
    private long lastSubscriberId;

    private int recipients;

    @Version
    private long version;

    protected NewsletterIssue() {
    }

    public NewsletterIssue(String subject, String bodyHtml, String language, String createdBy, Instant now) {
        this.status = IssueStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        revise(subject, bodyHtml, language);
    }

    /** Changes the text; only a draft can be changed, what was sent stays as it was sent. */
    public void revise(String newSubject, String newBodyHtml, String newLanguage) {
        requireStatus(IssueStatus.DRAFT);
        subject = Objects.requireNonNull(newSubject);
        bodyHtml = Objects.requireNonNull(newBodyHtml);
        language = Objects.requireNonNull(newLanguage);
    }

    public void startSending(Instant now) {
        requireStatus(IssueStatus.DRAFT);
        status = IssueStatus.SENDING;
        sendingStartedAt = now;
    }

    /** One batch queued: {@code queued} new mails, up to and including subscriber {@code lastSubscriber}. */
    public void advance(long lastSubscriber, int queued) {
        requireStatus(IssueStatus.SENDING);
        lastSubscriberId = lastSubscriber;
        recipients += queued;
    }

    public void finishSending(Instant now) {
        requireStatus(IssueStatus.SENDING);
        status = IssueStatus.SENT;
        sentAt = now;
    }

    private void requireStatus(IssueStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("issue " + id + " is " + status + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String language() {
        return language;
    }

    public IssueStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public long lastSubscriberId() {
        return lastSubscriberId;
    }

    public int recipients() {
        return recipients;
    }

    public long version() {
        return version;
    }
}

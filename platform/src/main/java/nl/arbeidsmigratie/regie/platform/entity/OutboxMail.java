package nl.arbeidsmigratie.regie.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A mail in the outbox. Sent at most once: {@link #markSent} is committed together with the send. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE, query = "select m.id from OutboxMail m where m.sentAt is null "
        + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.RECENT, query = "select m from OutboxMail m order by m.id desc")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String RECENT = "OutboxMail.recent";

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key")
    private String dedupKey;

    private String recipient;

    private String subject;

    @Column(name = "body_text")
    private String text;

    @Column(name = "body_html")
    private String html;

    @Column(name = "list_unsubscribe")
    private String listUnsubscribe;

    @Column(name = "calendar_file_name")
    private String calendarFileName;

    private String calendar;

    @Column(name = "created_at")
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMail() {
    }

    public void markSent(Instant now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Waits twice as long after every failure, from {@code firstWait} up to an hour. */
    public void markFailed(Instant now, String error, Duration firstWait) {
        attempts++;
        lastError = error;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = firstWait.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public boolean sent() {
        return sentAt != null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    /** The address that takes the recipient off the list this mail is of; null for a mail of no list. */
    public String listUnsubscribe() {
        return listUnsubscribe;
    }

    /** The name of the calendar file the mail carries; null for a mail without one. */
    public String calendarFileName() {
        return calendarFileName;
    }

    /** The iCalendar text of the file the mail carries. */
    public String calendar() {
        return calendar;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}

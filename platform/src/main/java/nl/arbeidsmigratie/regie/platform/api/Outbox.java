package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.control.MailSettings;
import nl.arbeidsmigratie.regie.platform.entity.OutboxMail;

/**
 * Mail that must survive a crash. {@link #enqueue} writes the mail in the caller's transaction, so it is sent
 * exactly when the change that caused it is committed; a timer relays it, retrying with growing pauses while
 * the mail server is unreachable.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /**
     * Queues a mail unless one with the same {@code dedupKey} was queued before (for example
     * "newsletter:12:subscriber:7"), so repeating an action never mails anyone twice.
     *
     * @return whether the mail was queued now
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueue(@NotBlank String dedupKey, @NotNull @Valid MailMessage message) {
        int inserted = em.createNativeQuery("insert into platform.outbox_mail (dedup_key, recipient, subject, body_text, "
                        + "body_html, created_at, next_attempt_at, list_unsubscribe, calendar_file_name, calendar) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (dedup_key) do nothing")
                .setParameter(1, dedupKey)
                .setParameter(2, message.recipient())
                .setParameter(3, message.subject())
                .setParameter(4, message.text())
                .setParameter(5, message.html())
                .setParameter(6, java.sql.Timestamp.from(clock.instant()))
                .setParameter(7, java.sql.Timestamp.from(clock.instant()))
                .setParameter(8, message.listUnsubscribe())
                .setParameter(9, message.calendar() == null ? null : message.calendar().fileName())
                .setParameter(10, message.calendar() == null ? null : message.calendar().ics())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * Deletes every mail to {@code recipient} (in any case) whose key starts with {@code keyPrefix}, sent or not:
     * what erasing a person's data leaves of their mail. Returns how many there were.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int forget(@NotBlank String recipient, @NotBlank String keyPrefix) {
        return em.createNativeQuery("delete from platform.outbox_mail where lower(recipient) = lower(?) "
                        + "and dedup_key like ? escape '\\'")
                .setParameter(1, recipient)
                .setParameter(2, SearchText.literal(keyPrefix) + "%")
                .executeUpdate();
    }

    /**
     * The latest mails to an address containing {@code recipient} (any when blank), newest first, with how many
     * there are in all, for the mail log page of the development mode; refused when mail really goes out.
     */
    public Page<OutboxMailView> mailLog(String recipient, int limit) {
        if (!settings.logOnly()) {
            throw new AccessRefusedException("the mail log exists only when mail.mode=log");
        }
        String pattern = SearchText.containing(recipient).orElse("%");
        String where = " where " + SearchText.folded("m.recipient") + " like :pattern escape '"
                + SearchText.ESCAPE + "'";
        long total = em.createQuery("select count(m) from OutboxMail m" + where, Long.class)
                .setParameter("pattern", pattern).getSingleResult();
        List<OutboxMailView> mails = em.createQuery("select m from OutboxMail m" + where + " order by m.id desc",
                        OutboxMail.class).setParameter("pattern", pattern).setMaxResults(limit).getResultStream()
                .map(Outbox::view).toList();
        return new Page<>(mails, total, 0, limit);
    }

    /** The latest mails with their delivery state, newest first. */
    public List<OutboxMailView> recent(int limit) {
        return em.createNamedQuery(OutboxMail.RECENT, OutboxMail.class).setMaxResults(limit).getResultStream()
                .map(Outbox::view).toList();
    }

    private static OutboxMailView view(OutboxMail m) {
        return new OutboxMailView(m.id(), m.recipient(), m.subject(), m.text(), m.createdAt(), m.attempts(),
                m.sentAt(), m.lastError(), m.calendarFileName());
    }
}

package nl.arbeidsmigratie.regie.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.OneTimeTokens;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.OutboxMailView;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.MailServer;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's mail outbox against a real SMTP server, and its single-use tokens, on PostgreSQL. Every test
 * brings its own recipients and keys, and waits for what the outbox records rather than for time to pass.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxAndTokensIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(OutboxAndTokensIT.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    OneTimeTokens tokens;

    @Inject
    UserTransaction transaction;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void aMailQueuedTwiceUnderOneKeyIsDeliveredOnce() throws Exception {
        String recipient = address("once");
        transaction.begin();
        assertThat(outbox.enqueue("test:once:" + run, new MailMessage(recipient, "Eenmalig", "Tekst", null))).isTrue();
        assertThat(outbox.enqueue("test:once:" + run, new MailMessage(recipient, "Eenmalig", "Tekst", null)))
                .isFalse();
        transaction.commit();

        assertThat(Mailbox.await(recipient, "Eenmalig", DELIVERY).text()).contains("Tekst");
        awaitSent(recipient);
        assertThat(Mailbox.of(recipient)).hasSize(1);
    }

    @Test
    void aMailRolledBackWithItsChangeIsNeverSent() throws Exception {
        String recipient = address("never");
        transaction.begin();
        outbox.enqueue("test:never:" + run, new MailMessage(recipient, "Nooit", "Tekst", null));
        transaction.rollback();
        // A mail queued after it and delivered shows the relay has looked since.
        String later = address("later");
        transaction.begin();
        outbox.enqueue("test:later:" + run, new MailMessage(later, "Later", "Tekst", null));
        transaction.commit();
        awaitSent(later);
        assertThat(Mailbox.of(recipient)).isEmpty();
        assertThat(outbox.recent(50)).extracting(OutboxMailView::recipient).doesNotContain(recipient);
    }

    @Test
    void theMailLogPageExistsOnlyWhenMailStaysInTheApplication() {
        assertThatThrownBy(() -> outbox.mailLog(null, 10)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aMailThatCannotBeSentWaitsForARetry() throws Exception {
        String recipient = address("retried");
        Optional<OutboxMailView> failed;
        MailServer.stop();
        try {
            failed = queueAndAwaitFailure(recipient);
        } finally {
            MailServer.start();
        }
        assertThat(failed).hasValueSatisfying(mail -> {
            assertThat(mail.sentAt()).isNull();
            assertThat(mail.lastError()).isNotBlank();
        });
    }

    @Test
    void whenTheMailServerIsBackTheMailIsDeliveredExactlyOnce() throws Exception {
        String recipient = address("back");
        MailServer.stop();
        try {
            assertThat(queueAndAwaitFailure(recipient)).isPresent();
        } finally {
            MailServer.start();
        }
        assertThat(Mailbox.await(recipient, "Opnieuw", Duration.ofSeconds(60)).text()).contains("Tekst");
        awaitSent(recipient);
        assertThat(Mailbox.of(recipient)).hasSize(1);
    }

    @Test
    void aTokenWorksOnceForItsPurposeAndUntilItExpires() throws Exception {
        transaction.begin();
        String token = tokens.issue("test-purpose", "account:42", Duration.ofHours(72));
        String shortLived = tokens.issue("test-purpose", "account:43", Duration.ofMillis(1));
        transaction.commit();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> tokens.peek("test-purpose", shortLived).outcome() == TokenCheck.Outcome.EXPIRED);

        assertThat(tokens.peek("test-purpose", token).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        assertThat(tokens.peek("other-purpose", token).outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN);
        transaction.begin();
        TokenCheck first = tokens.redeem("test-purpose", token);
        transaction.commit();
        assertThat(first.valid()).isTrue();
        assertThat(first.subject()).isEqualTo("account:42");

        transaction.begin();
        assertThat(tokens.redeem("test-purpose", token).outcome()).isEqualTo(TokenCheck.Outcome.USED);
        assertThat(tokens.redeem("test-purpose", shortLived).outcome()).isEqualTo(TokenCheck.Outcome.EXPIRED);
        assertThat(tokens.redeem("test-purpose", token + "x").outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN);
        assertThat(tokens.redeem("test-purpose", null).outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN);
        transaction.commit();
    }

    @Test
    void revokingEndsEveryOutstandingTokenOfASubjectAndPurposeButNoOther() throws Exception {
        String subject = "account:" + System.nanoTime();
        transaction.begin();
        String used = tokens.issue("test-revoke", subject, Duration.ofHours(1));
        String older = tokens.issue("test-revoke", subject, Duration.ofHours(1));
        String newer = tokens.issue("test-revoke", subject, Duration.ofHours(1));
        String otherPurpose = tokens.issue("test-other", subject, Duration.ofHours(1));
        String otherSubject = tokens.issue("test-revoke", subject + "-2", Duration.ofHours(1));
        transaction.commit();

        transaction.begin();
        assertThat(tokens.redeem("test-revoke", used).valid()).isTrue();
        assertThat(tokens.revoke("test-revoke", subject)).as("the two still outstanding").isEqualTo(2);
        transaction.commit();

        assertThat(tokens.peek("test-revoke", used).outcome()).isEqualTo(TokenCheck.Outcome.USED);
        assertThat(tokens.peek("test-revoke", older).outcome()).isEqualTo(TokenCheck.Outcome.REVOKED);
        assertThat(tokens.peek("test-revoke", newer).outcome()).isEqualTo(TokenCheck.Outcome.REVOKED);
        assertThat(tokens.peek("test-other", otherPurpose).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        assertThat(tokens.peek("test-revoke", otherSubject).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        transaction.begin();
        assertThat(tokens.redeem("test-revoke", newer).outcome()).isEqualTo(TokenCheck.Outcome.REVOKED);
        transaction.commit();
        assertThat(tokens.peek("test-revoke", newer).outcome()).as("a refused redeem changes nothing")
                .isEqualTo(TokenCheck.Outcome.REVOKED);
    }

    /** Queues a mail while the mail server is away and waits until the outbox records the failed attempt. */
    private Optional<OutboxMailView> queueAndAwaitFailure(String recipient) throws Exception {
        transaction.begin();
        outbox.enqueue("test:retried:" + run + ":" + recipient, new MailMessage(recipient, "Opnieuw", "Tekst", null));
        transaction.commit();
        return await().atMost(DELIVERY).until(() -> mailTo(recipient), mail -> mail.filter(m -> m.attempts() >= 1)
                .isPresent());
    }

    /** Waits until the outbox records the mail to {@code recipient} as sent: it is never sent again after that. */
    private void awaitSent(String recipient) {
        await().atMost(DELIVERY).until(() -> mailTo(recipient), mail -> mail.filter(m -> m.sentAt() != null)
                .isPresent());
    }

    private Optional<OutboxMailView> mailTo(String recipient) {
        List<OutboxMailView> mails = outbox.recent(200).stream().filter(m -> m.recipient().equals(recipient))
                .toList();
        assertThat(mails).as("one outbox mail to " + recipient).hasSizeLessThanOrEqualTo(1);
        return mails.stream().findFirst();
    }

    private String address(String who) {
        return who + "." + run + "@outbox.example";
    }
}

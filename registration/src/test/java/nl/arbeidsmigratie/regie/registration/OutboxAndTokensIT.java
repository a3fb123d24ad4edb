package nl.arbeidsmigratie.regie.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.OneTimeTokens;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.OutboxMailView;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestMailServer;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform's mail outbox against a real SMTP server, and its single-use tokens, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxAndTokensIT {

    private static final String RETRIED = "retried@outbox.example";

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

    @Test
    @Order(1)
    void aMailQueuedTwiceUnderOneKeyIsDeliveredOnce() throws Exception {
        String recipient = "once@outbox.example";
        transaction.begin();
        assertThat(outbox.enqueue("test:once", new MailMessage(recipient, "Eenmalig", "Tekst", null))).isTrue();
        assertThat(outbox.enqueue("test:once", new MailMessage(recipient, "Eenmalig", "Tekst", null))).isFalse();
        transaction.commit();

        assertThat(Mailbox.await(recipient, "Eenmalig", Duration.ofSeconds(20)).text()).contains("Tekst");
        Thread.sleep(1500);
        assertThat(Mailbox.of(recipient)).hasSize(1);
    }

    @Test
    @Order(2)
    void aMailRolledBackWithItsChangeIsNeverSent() throws Exception {
        String recipient = "never@outbox.example";
        transaction.begin();
        outbox.enqueue("test:never", new MailMessage(recipient, "Nooit", "Tekst", null));
        transaction.rollback();
        Thread.sleep(2000);
        assertThat(Mailbox.of(recipient)).isEmpty();
        assertThat(outbox.recent(50)).extracting(OutboxMailView::recipient).doesNotContain(recipient);
    }

    @Test
    @Order(2)
    void theMailLogPageExistsOnlyWhenMailStaysInTheApplication() {
        assertThatThrownBy(() -> outbox.mailLog(10)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theMailServerGoesAway() {
        TestMailServer.stop();
    }

    @Test
    @Order(4)
    void aMailThatCannotBeSentWaitsForARetry() throws Exception {
        transaction.begin();
        outbox.enqueue("test:retried", new MailMessage(RETRIED, "Opnieuw", "Tekst", null));
        transaction.commit();
        Instant deadline = Instant.now().plusSeconds(20);
        Optional<OutboxMailView> failed = Optional.empty();
        while (failed.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            failed = outbox.recent(50).stream()
                    .filter(m -> m.recipient().equals(RETRIED) && m.attempts() >= 1).findFirst();
        }
        assertThat(failed).hasValueSatisfying(mail -> {
            assertThat(mail.sentAt()).isNull();
            assertThat(mail.lastError()).isNotBlank();
        });
    }

    @Test
    @Order(5)
    @RunAsClient
    void whenTheMailServerIsBackTheMailIsDeliveredExactlyOnce() throws Exception {
        TestMailServer.start();
        assertThat(TestMailServer.awaitMail(RETRIED, "Opnieuw", Duration.ofSeconds(60))).contains("Tekst");
        Thread.sleep(3000);
        assertThat(TestMailServer.receivedBy(RETRIED)).hasSize(1);
    }

    @Test
    @Order(6)
    void aTokenWorksOnceForItsPurposeAndUntilItExpires() throws Exception {
        transaction.begin();
        String token = tokens.issue("test-purpose", "account:42", Duration.ofHours(72));
        String shortLived = tokens.issue("test-purpose", "account:43", Duration.ofMillis(1));
        transaction.commit();
        Thread.sleep(20);

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
}

package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.MailMessage;
import nl.arbeidsmigratie.regie.platform.api.OneTimeTokens;
import nl.arbeidsmigratie.regie.platform.api.Outbox;
import nl.arbeidsmigratie.regie.platform.api.Page;
import nl.arbeidsmigratie.regie.registration.api.IssueDraft;
import nl.arbeidsmigratie.regie.registration.api.IssueStatus;
import nl.arbeidsmigratie.regie.registration.api.IssueView;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.registration.api.NewsletterSubscribers;
import nl.arbeidsmigratie.regie.registration.api.OptInOutcome;
import nl.arbeidsmigratie.regie.registration.api.SubscriberStatus;
import nl.arbeidsmigratie.regie.registration.api.SubscriberView;
import nl.arbeidsmigratie.regie.registration.api.UnsubscribeOutcome;
import nl.arbeidsmigratie.regie.registration.boundary.IssueDelivery;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Mailbox;
import nl.arbeidsmigratie.regie.testing.container.Mailbox.Mail;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The newsletter: double opt-in, unsubscribing, composing, and sending through the outbox in batches. */
@ExtendWith(ArquillianExtension.class)
class NewsletterIT {

    private static final String DOMAIN = "@newsletter-it.example";
    private static final String CONSENT = "Ik wil de nieuwsbrief ontvangen en kan mij altijd afmelden.";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(NewsletterIT.class);
    }

    @Inject
    Newsletter newsletter;

    @Inject
    NewsletterSubscribers subscribers;

    @Inject
    IssueDelivery delivery;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    private final String run = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void removeTestData() throws SQLException {
        update("delete from registration.subscriber where email like ?", "%" + DOMAIN);
        update("delete from registration.newsletter_issue where subject like ?", "%" + run + "%");
    }

    @Test
    void aVisitorSubscribesAndConfirmsOnceWithTheLinkFromTheMail() throws Exception {
        String email = address("visitor");
        newsletter.subscribe(" " + email + " ", "Anna", "nl", CONSENT);
        Mail first = Mailbox.await(email, "Bevestig uw aanmelding", MAIL_WAIT);
        assertThat(first.text()).contains("Beste lezer").doesNotContain("Anna");
        assertThat(column("status", email)).isEqualTo("PENDING");
        assertThat(column("name", email)).as("kept for after confirmation").isEqualTo("Anna");
        assertThat(column("consent_text", email)).isEqualTo(CONSENT);
        assertThat(column("consented_at", email)).isNotNull();

        newsletter.subscribe(email.toUpperCase(), "Anna", "nl", CONSENT);
        assertThat(queuedMails(email)).as("one pending confirmation mail per address").isEqualTo(1);
        assertThat(count("select count(*) from registration.subscriber where lower(email) = lower(?)", email))
                .as("asking again creates no second subscriber").isEqualTo(1);

        assertThat(newsletter.languageByOptInLink(token(first, "newsletter-confirm.xhtml"))).hasValue("nl");
        assertThat(newsletter.optInLinkRefusal(token(first, "newsletter-confirm.xhtml"))).as("looking uses nothing")
                .isEmpty();
        assertThat(column("status", email)).isEqualTo("PENDING");
        assertThat(newsletter.confirm(token(first, "newsletter-confirm.xhtml"))).isEqualTo(OptInOutcome.CONFIRMED);
        assertThat(newsletter.optInLinkRefusal(token(first, "newsletter-confirm.xhtml"))).hasValue(OptInOutcome.USED);
        assertThat(newsletter.languageByOptInLink(token(first, "newsletter-confirm.xhtml"))).as("a used link").isEmpty();
        assertThat(column("status", email)).isEqualTo("CONFIRMED");
        assertThat(column("confirmed_at", email)).isNotNull();
        assertThat(newsletter.confirm(token(first, "newsletter-confirm.xhtml"))).isEqualTo(OptInOutcome.USED);
        assertThat(newsletter.confirm(token(first, "newsletter-confirm.xhtml") + "x")).isEqualTo(OptInOutcome.UNKNOWN);
        assertThat(newsletter.confirm(null)).isEqualTo(OptInOutcome.UNKNOWN);

        newsletter.subscribe(email, "Someone Else", "en", "other consent");
        assertThat(queuedMails(email)).as("a confirmed address gets no new mail").isEqualTo(1);
        assertThat(column("status", email)).isEqualTo("CONFIRMED");
        assertThat(column("name", email)).isEqualTo("Anna");
        assertThat(column("language", email)).isEqualTo("nl");
    }

    @Test
    void nobodyCanMakeTheProductMailTheirOwnTextToAStrangerOrMailItTwice() throws Exception {
        String email = address("stranger");
        String pitch = "Win 1000 euro! Klik op http://evil.example/prijs en vul uw bankgegevens in";
        newsletter.subscribe(email, pitch, "nl", CONSENT);
        Mail mail = Mailbox.await(email, "Bevestig uw aanmelding", MAIL_WAIT);
        assertThat(mail.text()).startsWith("Beste lezer,").doesNotContain("Win 1000").doesNotContain("evil.example");
        assertThat(mail.subject()).doesNotContain("Win 1000");

        newsletter.subscribe(email, "Nog een keer " + pitch, "en", CONSENT);
        newsletter.subscribe(email, null, "nl", CONSENT);
        assertThat(queuedMails(email)).as("a repeat request within the period queues nothing").isEqualTo(1);
        assertThat(column("name", email)).as("a repeat request changes nothing either").isEqualTo(pitch);
        assertThat(column("language", email)).isEqualTo("nl");

        update("update registration.subscriber set opt_in_mailed_at = opt_in_mailed_at - interval '16 minutes' "
                + "where lower(email) = lower(?)", email);
        newsletter.subscribe(email, "Erik", "en", CONSENT);
        awaitMails(email, "Confirm your subscription", 1);
        assertThat(queuedMails(email)).as("after the period a new confirmation mail goes out").isEqualTo(2);
        assertThat(Mailbox.of(email)).extracting(Mail::text).noneMatch(text -> text.contains("Erik")
                || text.contains("evil.example"));
        assertThat(Mailbox.of(email).get(1).text()).startsWith("Dear reader,");
        assertThat(newsletter.languageByOptInLink(token(Mailbox.of(email).get(1), "newsletter-confirm.xhtml")))
                .as("the page of the link answers in the language of the mail").hasValue("en");
    }

    @Test
    void anExpiredConfirmationLinkConfirmsNothing() throws Exception {
        String email = address("late");
        newsletter.subscribe(email, null, "en", CONSENT);
        assertThat(Mailbox.await(email, "Confirm your subscription", MAIL_WAIT).text()).contains("Dear reader");
        transaction.begin();
        String expired = tokens.issue(Newsletter.OPT_IN, column("id", email), Duration.ofMillis(1));
        transaction.commit();
        Thread.sleep(20);
        assertThat(newsletter.confirm(expired)).isEqualTo(OptInOutcome.EXPIRED);
        assertThat(column("status", email)).isEqualTo("PENDING");
    }

    @Test
    void badSubscriptionsAreRefusedAndChangeNothing() throws Exception {
        String email = address("bad");
        assertRefused(() -> newsletter.subscribe("not-an-address", null, "nl", CONSENT), "email", "error.email.invalid");
        assertRefused(() -> newsletter.subscribe(null, null, "nl", CONSENT), "email", "error.email.invalid");
        assertRefused(() -> newsletter.subscribe(email, null, "de", CONSENT), "language", "newsletter.error.language");
        assertRefused(() -> newsletter.subscribe(email, null, "nl", " "), "consent", "newsletter.error.consent");
        assertRefused(() -> newsletter.subscribe(email, "x".repeat(201), "nl", CONSENT), "name", "error.text.too-long");
        assertThat(count("select count(*) from registration.subscriber where email = ?", email)).isZero();
    }

    @Test
    void onlyConfirmedSubscribersOfTheIssuesLanguageReceiveIt() throws Exception {
        String dutch = confirmedSubscriber("dutch", "nl");
        String dutchToo = confirmedSubscriber("dutch-too", "nl");
        String english = confirmedSubscriber("english", "en");
        String pending = address("pending");
        newsletter.subscribe(pending, null, "nl", CONSENT);
        String gone = confirmedSubscriber("gone", "nl");
        assertThat(newsletter.unsubscribe(unsubscribeToken(gone))).isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);

        IssueView sent = TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            IssueView draft = newsletter.draft(new IssueDraft("Nieuws " + run, "<p>Hallo <b>allemaal</b></p>", "nl"));
            return newsletter.send(draft.id());
        });

        assertThat(sent.status()).isEqualTo(IssueStatus.SENT);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> assertRefused(() -> newsletter.removeDraft(sent.id(),
                sent.version()), "issue", "newsletter.error.issue.sent"));
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.recipients()).isGreaterThanOrEqualTo(2);
        Mail mail = Mailbox.await(dutch, "Nieuws " + run, MAIL_WAIT);
        assertThat(mail.text()).contains("Hallo allemaal", "<b>allemaal</b>", "/unsubscribe.xhtml?token=");
        // the mail program's own unsubscribe button posts to an address of the subscriber's own (RFC 8058)
        String oneClick = "/newsletter/unsubscribe?token=" + unsubscribeToken(dutch) + ">";
        assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .hasEntrySatisfying("List-Unsubscribe", header -> assertThat(header).startsWith("<http")
                        .endsWith(oneClick));
        Mailbox.await(dutchToo, "Nieuws " + run, MAIL_WAIT);
        awaitAllSent("Nieuws " + run);
        for (String excluded : List.of(english, pending, gone)) {
            assertThat(queued(excluded, "Nieuws " + run)).as(excluded).isZero();
            assertThat(Mailbox.of(excluded)).as(excluded).noneMatch(m -> m.subject().contains(run));
        }
        assertThat(TestCaller.as(DEMO_COORDINATOR.email(), () -> newsletter.nextIssueDue()))
                .isEqualTo(sent.sentAt().plus(Duration.ofDays(14)));
    }

    @Test
    void anUnsubscribedAddressGetsNothingMoreAndAnAlteredLinkChangesNothing() throws Exception {
        String leaving = confirmedSubscriber("leaving", "en");
        String staying = confirmedSubscriber("staying", "en");
        sendIssue("First " + run, "en");
        Mail first = Mailbox.await(leaving, "First " + run, MAIL_WAIT);
        String token = token(first, "unsubscribe.xhtml");

        assertThat(newsletter.unsubscribe(token.substring(1) + "A")).isEqualTo(UnsubscribeOutcome.UNKNOWN);
        assertThat(newsletter.unsubscribe("")).isEqualTo(UnsubscribeOutcome.UNKNOWN);
        assertThat(column("status", leaving)).isEqualTo("CONFIRMED");

        assertThat(newsletter.unsubscribe(token)).isEqualTo(UnsubscribeOutcome.UNSUBSCRIBED);
        assertThat(newsletter.unsubscribe(token)).isEqualTo(UnsubscribeOutcome.ALREADY_UNSUBSCRIBED);
        assertThat(column("status", leaving)).isEqualTo("UNSUBSCRIBED");
        assertThat(column("unsubscribed_at", leaving)).isNotNull();
        assertThat(column("status", staying)).isEqualTo("CONFIRMED");

        // Subscribing again needs a fresh confirmation; until then nothing is sent.
        newsletter.subscribe(leaving, null, "en", CONSENT);
        assertThat(column("status", leaving)).isEqualTo("PENDING");
        awaitMails(leaving, "Confirm your subscription", 2);

        sendIssue("Second " + run, "en");
        Mailbox.await(staying, "Second " + run, MAIL_WAIT);
        awaitAllSent("Second " + run);
        assertThat(queued(leaving, "Second " + run)).isZero();
        assertThat(Mailbox.of(leaving)).noneMatch(m -> m.subject().contains("Second " + run));
    }

    @Test
    void sendingTwiceOrResumingAfterACrashSendsNobodyTheIssueTwice() throws Exception {
        List<String> audience = List.of(confirmedSubscriber("a", "nl"), confirmedSubscriber("b", "nl"),
                confirmedSubscriber("c", "nl"), confirmedSubscriber("d", "nl"));
        String subject = "Hervat " + run;
        IssueView draft = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> newsletter.draft(new IssueDraft(subject, "<p>Tekst</p>", "nl")));

        // The first run got as far as one committed batch...
        delivery.start(draft.id(), DEMO_COORDINATOR.email());
        assertThat(delivery.queueNextBatch(draft.id(), 1)).isEqualTo(1);
        // ...and had queued the mail of the last subscriber in a batch whose progress mark was lost.
        String last = audience.get(audience.size() - 1);
        transaction.begin();
        outbox.enqueue("newsletter:" + draft.id() + ":" + column("id", last),
                new MailMessage(last, subject, "Tekst", null));
        transaction.commit();
        assertThat(TestCaller.as(DEMO_COORDINATOR.email(), () -> newsletter.issue(draft.id())).orElseThrow().status())
                .isEqualTo(IssueStatus.SENDING);

        IssueView sent = TestCaller.as(DEMO_COORDINATOR.email(), () -> newsletter.send(draft.id()));
        assertThat(sent.status()).isEqualTo(IssueStatus.SENT);
        TestCaller.as(DEMO_COORDINATOR.email(), () -> assertRefused(() -> newsletter.send(draft.id()), "issue",
                "newsletter.error.issue.sent"));
        delivery.deliver(draft.id(), "system");

        for (String recipient : audience) {
            Mailbox.await(recipient, subject, MAIL_WAIT);
        }
        awaitAllSent(subject);
        for (String recipient : audience) {
            assertThat(Mailbox.of(recipient)).as(recipient).filteredOn(m -> m.subject().equals(subject)).hasSize(1);
        }
    }

    @Test
    void sanitisingStripsScriptsAndEventHandlersButKeepsSimpleFormatting() throws Exception {
        String dirty = "<h2 onclick=\"steal()\">Kop</h2><p style=\"color:red\" onmouseover=\"x()\">Een <b>vet</b>, "
                + "<i>schuin</i> en <u>onderstreept</u> woord.<script>alert('xss')</script></p>"
                + "<ul><li>een</li></ul><ol><li>twee</li></ol><blockquote>citaat</blockquote>"
                + "<a href=\"javascript:alert(1)\">kwaad</a> <a href=\"https://example.org/x\">goed</a> "
                + "<a href=\"mailto:info@example.org\">mail</a><img src=x onerror=\"alert(2)\"><iframe src=\"https://evil\"></iframe>";
        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            String preview = newsletter.preview(dirty);
            IssueView stored = newsletter.draft(new IssueDraft("Opmaak " + run, dirty, "nl"));
            for (String html : List.of(preview, stored.bodyHtml())) {
                assertThat(html.toLowerCase()).doesNotContain("<script", "alert", "onclick", "onmouseover", "onerror",
                        "javascript:", "style=", "<img", "<iframe");
                assertThat(html).contains("<h2>Kop</h2>", "<b>vet</b>", "<i>schuin</i>", "<u>onderstreept</u>",
                        "<ul><li>een</li></ul>", "<ol><li>twee</li></ol>", "<blockquote>citaat</blockquote>",
                        "href=\"https://example.org/x\"", "mailto:", "kwaad", "<p>");
            }
            assertRefused(() -> newsletter.draft(new IssueDraft("Leeg " + run, "<script>alert(1)</script>", "nl")),
                    "body", "newsletter.error.body.removed");
            return null;
        });
    }

    @Test
    void coordinatorsDraftChangeAndTestSendAndBadInputChangesNothing() throws Exception {
        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            IssueView draft = newsletter.draft(new IssueDraft("Concept " + run, "<p>Eerste versie</p>", "nl"));
            assertThat(newsletter.issues()).extracting(IssueView::id).contains(draft.id());
            IssueView changed = newsletter.change(draft.id(), draft.version(),
                    new IssueDraft("Concept " + run, "<p>Tweede versie</p>", "en"));
            assertThat(changed.bodyHtml()).isEqualTo("<p>Tweede versie</p>");
            assertThat(changed.language()).isEqualTo("en");

            assertThatThrownBy(() -> newsletter.change(draft.id(), draft.version(),
                    new IssueDraft("Overschreven " + run, "<p>x</p>", "nl"))).isInstanceOf(ConcurrentChangeException.class);
            assertRefused(() -> newsletter.change(draft.id(), changed.version(), new IssueDraft(" ", "<p>x</p>", "nl")),
                    "subject", "newsletter.error.subject.required");
            assertRefused(() -> newsletter.change(draft.id(), changed.version(),
                    new IssueDraft("x".repeat(201), "<p>x</p>", "nl")), "subject", "error.text.too-long");
            assertRefused(() -> newsletter.change(draft.id(), changed.version(),
                    new IssueDraft("Concept " + run, "<p>x</p>", "fr")), "language", "newsletter.error.language");
            assertRefused(() -> newsletter.draft(new IssueDraft("Concept " + run, "", "nl")), "body",
                    "newsletter.error.body.required");
            assertRefused(() -> newsletter.draft(new IssueDraft(" ", "", "nl")), "subject",
                    "newsletter.error.subject.required");
            assertRefused(() -> newsletter.send(-1), "issue", "newsletter.error.issue.unknown");
            // a character code no character has, as a person may paste it, is kept as the replacement character
            IssueView odd = newsletter.draft(new IssueDraft("Codes " + run, "<p>&#99999999999;&#x110000;</p>", "nl"));
            assertThat(newsletter.issue(odd.id())).get().extracting(IssueView::bodyHtml)
                    .isEqualTo("<p>&#xfffd;&#xfffd;</p>");
            assertThat(newsletter.issue(draft.id())).contains(changed);

            newsletter.testSend(changed.id());
            return null;
        });
        Mail test = Mailbox.await(DEMO_COORDINATOR.email(), "[Test] Concept " + run, MAIL_WAIT);
        assertThat(test.text()).contains("Tweede versie").doesNotContain("unsubscribe.xhtml");

        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            IssueView mistake = newsletter.draft(new IssueDraft("Vergissing " + run, "<p>x</p>", "nl"));
            IssueView changed = newsletter.change(mistake.id(), mistake.version(),
                    new IssueDraft("Vergissing " + run, "<p>y</p>", "nl"));
            assertThatThrownBy(() -> newsletter.removeDraft(mistake.id(), mistake.version()))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(newsletter.removeDraft(changed.id(), changed.version()).subject()).isEqualTo("Vergissing " + run);
            assertThat(newsletter.issue(mistake.id())).isEmpty();
            assertRefused(() -> newsletter.removeDraft(mistake.id(), changed.version()), "issue",
                    "newsletter.error.issue.unknown");
            return null;
        });
    }

    @Test
    void onlyCoordinatorsComposeOrSendEvenThroughTheFacade() throws Exception {
        IssueView draft = TestCaller.as(DEMO_COORDINATOR.email(),
                () -> newsletter.draft(new IssueDraft("Alleen coördinator " + run, "<p>x</p>", "nl")));
        for (String caller : new String[] {DEMO_OFFICER.email(), null}) {
            TestCaller.as(caller, () -> {
                assertThatThrownBy(() -> newsletter.draft(new IssueDraft("Mag niet " + run, "<p>x</p>", "nl")))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> newsletter.change(draft.id(), draft.version(),
                        new IssueDraft("Mag niet " + run, "<p>x</p>", "nl"))).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> newsletter.send(draft.id())).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> newsletter.testSend(draft.id())).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> newsletter.removeDraft(draft.id(), draft.version()))
                        .isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(newsletter::issues).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> newsletter.preview("<p>x</p>")).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(newsletter::nextIssueDue).isInstanceOf(AccessRefusedException.class);
            });
        }
        IssueView unchanged = TestCaller.as(DEMO_COORDINATOR.email(), () -> newsletter.issue(draft.id())).orElseThrow();
        assertThat(unchanged.subject()).isEqualTo(draft.subject());
        assertThat(unchanged.version()).isEqualTo(draft.version());
        assertThat(unchanged.status()).isEqualTo(IssueStatus.DRAFT);
    }

    @Test
    void coordinatorsSeeSubscribersWithTheirConsentAndStopOrEraseThemOnRequest() throws Exception {
        String leaving = confirmedSubscriber("asks-to-stop", "nl");
        String erased = confirmedSubscriber("asks-to-forget", "en");
        newsletter.subscribe(address("waiting"), "Wanda_" + run, "nl", CONSENT);
        Mailbox.await(address("waiting"), "Bevestig", MAIL_WAIT);

        TestCaller.as(DEMO_COORDINATOR.email(), () -> {
            Page<SubscriberView> found = subscribers.search("ASKS-TO-STOP-" + run, 0, 10);
            assertThat(found.total()).isEqualTo(1);
            SubscriberView stopping = found.items().get(0);
            assertThat(stopping.email()).isEqualTo(leaving);
            assertThat(stopping.status()).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(stopping.consentText()).isEqualTo(CONSENT);
            assertThat(stopping.confirmedAt()).isAfterOrEqualTo(stopping.consentedAt());
            assertThat(subscribers.search("wanda_" + run, 0, 10).items()).extracting(SubscriberView::email)
                    .as("by name, in any case").containsExactly(address("waiting"));
            assertThat(subscribers.search("%" + run, 0, 10).items()).as("a typed % is no wildcard").isEmpty();
            assertThat(subscribers.search(run, 0, 10).total()).isEqualTo(3);
            assertThat(subscribers.counts()).containsKeys(SubscriberStatus.values());

            assertThatThrownBy(() -> subscribers.unsubscribe(stopping.id(), stopping.version() + 1))
                    .isInstanceOf(ConcurrentChangeException.class);
            SubscriberView stopped = subscribers.unsubscribe(stopping.id(), stopping.version());
            assertThat(stopped.status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
            assertThat(stopped.consentText()).as("kept as proof").isEqualTo(CONSENT);
            assertRefused(() -> subscribers.unsubscribe(stopped.id(), stopped.version()), "subscriber",
                    "newsletter.error.subscriber.unsubscribed");

            SubscriberView forgetting = subscribers.search(erased, 0, 10).items().get(0);
            assertThatThrownBy(() -> subscribers.erase(forgetting.id(), forgetting.version() + 1))
                    .isInstanceOf(ConcurrentChangeException.class);
            subscribers.erase(forgetting.id(), forgetting.version());
            assertThat(subscribers.find(forgetting.id())).isEmpty();
            assertRefused(() -> subscribers.erase(forgetting.id(), forgetting.version()), "subscriber",
                    "newsletter.error.subscriber.unknown");
            return null;
        });
        assertThat(column("status", leaving)).isEqualTo("UNSUBSCRIBED");
        assertThat(count("select count(*) from registration.subscriber where lower(email) = lower(?)", erased)).isZero();
        assertThat(queuedMails(erased)).as("the confirmation mail sent to the address is erased too").isZero();
        assertThat(queuedMails(leaving)).as("only the erased address loses its mails").isEqualTo(1);
        assertThat(count("select count(*) from platform.audit_entry where action = 'newsletter.subscriber.erased' "
                + "and (before_json || after_json || target) like ?", "%" + erased + "%"))
                .as("the audit trail says a subscriber was erased, not who").isZero();

        String staying = confirmedSubscriber("stays", "en");
        sendIssue("Na wissen " + run, "en");
        Mailbox.await(staying, "Na wissen", MAIL_WAIT);
        assertThat(Mailbox.of(erased)).noneMatch(m -> m.subject().contains("Na wissen"));
        newsletter.subscribe(erased, null, "en", CONSENT);
        assertThat(column("status", erased)).as("an erased address may subscribe afresh").isEqualTo("PENDING");
    }

    @Test
    void onlyCoordinatorsSeeOrChangeSubscribers() throws Exception {
        String email = confirmedSubscriber("protected", "nl");
        long id = Long.parseLong(column("id", email));
        for (String caller : new String[] {DEMO_OFFICER.email(), null}) {
            TestCaller.as(caller, () -> {
                assertThatThrownBy(() -> subscribers.search(null, 0, 10)).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> subscribers.find(id)).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(subscribers::counts).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> subscribers.unsubscribe(id, 0)).isInstanceOf(AccessRefusedException.class);
                assertThatThrownBy(() -> subscribers.erase(id, 0)).isInstanceOf(AccessRefusedException.class);
            });
        }
        assertThat(column("status", email)).isEqualTo("CONFIRMED");
    }

    private String confirmedSubscriber(String who, String language) throws Exception {
        String email = address(who);
        newsletter.subscribe(email, null, language, CONSENT);
        Mail optIn = Mailbox.await(email, "nl".equals(language) ? "Bevestig" : "Confirm", MAIL_WAIT);
        assertThat(newsletter.confirm(token(optIn, "newsletter-confirm.xhtml"))).isEqualTo(OptInOutcome.CONFIRMED);
        return email;
    }

    private void sendIssue(String subject, String language) throws Exception {
        TestCaller.as(DEMO_COORDINATOR.email(), () -> newsletter.send(
                newsletter.draft(new IssueDraft(subject, "<p>Inhoud</p>", language)).id()));
    }

    private String unsubscribeToken(String email) throws SQLException {
        return column("unsubscribe_token", email);
    }

    private String address(String who) {
        return who + "-" + run + DOMAIN;
    }

    private static String token(Mail mail, String page) {
        String link = mail.link(page);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static void awaitMails(String recipient, String subjectPart, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + MAIL_WAIT.toMillis();
        while (Mailbox.of(recipient).stream().filter(m -> m.subject().contains(subjectPart)).count() < expected) {
            assertThat(System.currentTimeMillis()).as("waiting for mail to " + recipient).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static void assertRefused(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private String column(String column, String email) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select " + column + " from registration.subscriber where lower(email) = lower(?)")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Waits until the outbox has handed every mail with this subject to the mail server, which then holds them. */
    private void awaitAllSent(String subject) throws Exception {
        long deadline = System.currentTimeMillis() + MAIL_WAIT.toMillis();
        while (count("select count(*) from platform.outbox_mail where sent_at is null and subject = ?", subject) > 0) {
            assertThat(System.currentTimeMillis()).as("waiting for the outbox to send " + subject).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private long queued(String email, String subject) throws SQLException {
        return count("select count(*) from platform.outbox_mail where lower(recipient) = lower(?) and subject = ?",
                email, subject);
    }

    private long queuedMails(String email) throws SQLException {
        return count("select count(*) from platform.outbox_mail where lower(recipient) = lower(?)", email);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.executeUpdate();
        }
    }
}

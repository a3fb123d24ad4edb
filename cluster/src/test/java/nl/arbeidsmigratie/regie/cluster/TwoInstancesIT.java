package nl.arbeidsmigratie.regie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import nl.arbeidsmigratie.regie.testing.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two instances of the product in one data grid, on one database, behind HAProxy: what one instance does the other
 * does not do again, and a person whose instance dies goes on, on the other, where they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "haproxyInstalled",
        disabledReason = "HAProxy is not installed (no haproxy on the PATH); on Debian or Ubuntu: apt-get install haproxy")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String OFFICER = "officer.westland@demo.regie.local";
    private static final String OFFICER_PASSWORD = "demo-officer-2026";
    private static final Duration MAIL_LIMIT = Duration.ofSeconds(60);

    private static final int SUBSCRIBERS = 60;

    private Cluster cluster;
    private final String issueSubject = "Nieuwsbrief cluster " + UUID.randomUUID().toString().substring(0, 8);

    static boolean haproxyInstalled() {
        boolean installed = Cluster.haproxy().isPresent();
        if (!installed) {
            System.out.println("[cluster] skipped: HAProxy is not installed; on Debian or Ubuntu: apt-get install haproxy");
        }
        return installed;
    }

    @BeforeAll
    void startCluster() throws Exception {
        Instant started = Instant.now();
        cluster = Cluster.create();
        cluster.addInstance("a");
        // As if an instance had died while sending an issue: the next instance to start finishes it.
        interruptSendingOfAnIssue();
        cluster.addInstance("b");
        cluster.balance();
        System.out.printf("[cluster] two instances and HAProxy ready in %d s%n",
                Duration.between(started, Instant.now()).toSeconds());
    }

    @AfterAll
    void stopCluster() {

        if (cluster != null) {
            cluster.close();
        }
    }

    /** A cache in front would keep a redirect to the host a request names and hand it to everyone: it names a path. */
    @Test
    @Order(0)
    void aRedirectNamesNoHostWhateverHostARequestNames() throws Exception {
        URI balancer = URI.create(cluster.url());
        try (Socket socket = new Socket(balancer.getHost(), balancer.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /app/home.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login.xhtml")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    @Order(1)
    void withTwoRelaysRunningEveryMailInTheOutboxIsSentExactlyOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int mails = 60;
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into platform.outbox_mail (dedup_key, recipient, subject, body_text, created_at, "
                        + "next_attempt_at) values (?, ?, ?, 'Tekst', now(), now())")) {
            for (int i = 0; i < mails; i++) {
                insert.setString(1, "cluster-it:" + run + ":" + i);
                insert.setString(2, recipient(run, i));
                insert.setString(3, "Bericht " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        awaitAllSent("cluster-it:" + run + ":");
        // A few more rounds of both relays: a mail sent twice would show up now.
        TimeUnit.SECONDS.sleep(3);
        for (int i = 0; i < mails; i++) {
            assertThat(TestMailServer.receivedBy(recipient(run, i))).as("mails to " + recipient(run, i)).hasSize(1);
        }
    }

    @Test
    @Order(3)
    void theProgressOfAnImportIsReadOnTheOtherInstanceWhileTheFirstRunsIt() throws Exception {
        String source = "Cluster import (voorbeeldgegevens) " + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("tellingen-cluster", ".csv");
        Files.writeString(file, "gemeentecode;peildatum;ingeschreven_brp;bron;definitie\n"
                + "GM1783;2018-01-01;100;" + source + ";wonend\n"
                + "GM1783;2018-02-01;110;" + source + ";wonend\n");
        try (BrowserSession officer = new BrowserSession(new URL(cluster.url()))) {
            officer.signIn(OFFICER, OFFICER_PASSWORD);
            officer.open("app/monitoring/import.xhtml");
            officer.choose("importForm:kind", "Tellingen");
            officer.driver().findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            officer.until(ExpectedConditions.presenceOfElementLocated(By.id("progressForm:result")));
            // The page polls every second; from now on it reaches the other instance, which did not run the import.
            String other = "a".equals(instanceOf(officer)) ? "b" : "a";
            officer.driver().manage().addCookie(new Cookie(Cluster.STICKY_COOKIE, other, "/"));
            officer.waitForText("progressForm:done", "2 toegevoegd");
            assertThat(instanceOf(officer)).isEqualTo(other);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(4)
    void anOfficerWhoseInstanceIsKilledGoesOnWithTheHalfFilledFormOnTheOther() throws Exception {
        String source = "Cluster (voorbeeldgegevens) " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession officer = new BrowserSession(new URL(cluster.url()))) {
            officer.signIn(OFFICER, OFFICER_PASSWORD);
            officer.open("app/monitoring/counts.xhtml");
            officer.click(By.id("counts:new"));
            officer.type("countForm:referenceDate_input", "2019-07-01");
            officer.type("countForm:brp_input", "4321");
            officer.type("countForm:estimateMin_input", "5000");
            officer.type("countForm:estimateMax_input", "7000");
            // Half filled: the source is missing, so the server keeps the form open with what was typed.
            officer.click(By.id("countForm:save"));
            officer.waitForText("countForm:formMessages", "Vermeld de bron van de telling.");

            String served = instanceOf(officer);
            cluster.instance(served).kill();
            assertThat(cluster.instance(served).alive()).isFalse();

            officer.type("countForm:source", source);
            officer.click(By.id("countForm:save"));
            officer.waitForText("counts:table_data", source);
            assertThat(instanceOf(officer)).as("the instance now serving the officer").isNotEqualTo(served);
            assertThat(officer.text(By.id("counts:shownMunicipality"))).isEqualTo("Westland");
        }
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select count(*), min(registered_brp) from monitoring.municipal_count where source = ?")) {
            query.setString(1, source);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).as("counts recorded").isEqualTo(1);
                assertThat(row.getLong(2)).isEqualTo(4321);
            }
        }
    }

    @Test
    @Order(2)
    void anIssueWhoseSendingWasInterruptedIsFinishedByTheNextInstanceAndReachesEverySubscriberOnce() throws Exception {
        Instant deadline = Instant.now().plus(MAIL_LIMIT);
        while (!"SENT".equals(issueStatus())) {
            assertThat(Instant.now()).as("the issue sent in time").isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(250);
        }
        awaitAllSent("newsletter:");
        TimeUnit.SECONDS.sleep(3);
        for (int i = 0; i < SUBSCRIBERS; i++) {
            assertThat(TestMailServer.receivedBy(subscriber(i))).as("issues to " + subscriber(i))
                    .filteredOn(mail -> subject(mail).contains(issueSubject)).hasSize(1);
        }
    }

    /** An issue being sent, none of it queued yet, to confirmed subscribers of its language. */
    private void interruptSendingOfAnIssue() throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement subscribers = db.prepareStatement(
                "insert into registration.subscriber (email, language, status, consent_text, consented_at,"
                        + " confirmed_at, unsubscribe_token) values (?, 'nl', 'CONFIRMED', 'Ja', now(), now(), ?)");
             PreparedStatement issue = db.prepareStatement("insert into registration.newsletter_issue (subject,"
                     + " body_html, language, status, created_by, created_at, sending_started_at)"
                     + " values (?, '<p>Nieuws uit het cluster.</p>', 'nl', 'SENDING', 'coordinator@demo.regie.local',"
                     + " now(), now())")) {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                subscribers.setString(1, subscriber(i));
                subscribers.setString(2, UUID.randomUUID().toString());
                subscribers.addBatch();
            }
            subscribers.executeBatch();
            issue.setString(1, issueSubject);
            issue.executeUpdate();
        }
    }

    private String issueStatus() throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select status from registration.newsletter_issue where subject = ?")) {
            query.setString(1, issueSubject);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private String subscriber(int i) {
        return "lezer-" + i + "-" + issueSubject.substring(issueSubject.length() - 8) + "@test.regie.local";
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String instanceOf(BrowserSession browser) {
        Cookie sticky = browser.driver().manage().getCookieNamed(Cluster.STICKY_COOKIE);
        assertThat(sticky).as("HAProxy's cookie").isNotNull();
        return sticky.getValue();
    }

    /** Waits until no mail whose de-duplication key starts with {@code keyPrefix} waits in the outbox. */
    private static void awaitAllSent(String keyPrefix) throws Exception {
        Instant deadline = Instant.now().plus(MAIL_LIMIT);
        while (true) {
            try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
                 ResultSet waiting = sql.executeQuery("select count(*) from platform.outbox_mail where sent_at is null"
                         + " and dedup_key like '" + keyPrefix + "%'")) {
                waiting.next();
                if (waiting.getLong(1) == 0) {
                    return;
                }
            }
            assertThat(Instant.now()).as("all outbox mails sent in time").isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    private static String recipient(String run, int i) {
        return "cluster-" + run + "-" + i + "@test.regie.local";
    }
}

package nl.arbeidsmigratie.regie.registration;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TooManyRequestsException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.LoginResult;
import nl.arbeidsmigratie.regie.registration.api.Newsletter;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.container.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in under pressure: parallel guesses, throttling, and what a changed password ends. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String WRONG = "wrong password!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.moduleUnderTest(SignInIT.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Newsletter newsletter;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private String email;
    private long accountId;

    @BeforeEach
    void anAccountOfItsOwn() throws SQLException {
        email = "signin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        Sql.execute(dataSource, "insert into registration.account (email, display_name, password_hash, role) "
                + "select '" + email + "', 'Sign-in test', password_hash, 'AUDITOR' from registration.account "
                + "where email = '" + DEMO_AUDITOR.email() + "'");
        accountId = Long.parseLong(Sql.strings(dataSource,
                "select id from registration.account where email = '" + email + "'").get(0));
    }

    @AfterEach
    void removeIt() throws SQLException {
        Sql.execute(dataSource, "delete from registration.account where id = " + accountId);
    }

    @Test
    void fiftyParallelWrongGuessesLockTheAccountAndEveryOneIsAudited() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50, threads);
        List<Future<LoginResult>> guesses = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int i = 0; i < 50; i++) {
                guesses.add(pool.submit(() -> {
                    start.await();
                    return accounts.login(email, WRONG);
                }));
            }
            start.countDown();
            for (Future<LoginResult> guess : guesses) {
                assertThat(guess.get(120, TimeUnit.SECONDS)).as("no exception, only the normal refusal")
                        .isEqualTo(LoginResult.refused());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(Sql.count(dataSource, "select count(*) from registration.account "
                + "where id = ? and locked_until > now()", accountId)).as("locked").isEqualTo(1);
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ? "
                + "and action in ('login.refused', 'login.locked')", "account:" + accountId))
                .as("one audit entry per guess").isEqualTo(50);
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ? "
                + "and action = 'login.refused' and after_json like '%lockedUntil%'", "account:" + accountId))
                .as("exactly one guess locked it").isEqualTo(1);

        assertThat(accounts.login(email, DEMO_AUDITOR.password())).as("even the right password, while locked")
                .isEqualTo(LoginResult.refused());
    }

    @Test
    void whatIsTypedAsAnAddressIsNeverKeptAndAControlCharacterNamesNoAccount() throws Exception {
        String typed = "mistyped-password-" + UUID.randomUUID();
        String refusedUnknown = "select count(*) from platform.audit_entry where action = 'login.refused' "
                + "and actor = 'anonymous' and target = 'account:unknown'";
        long before = Sql.count(dataSource, refusedUnknown);
        for (String address : new String[] {email + "\u0000", "a\u0000b@test.example", email + "\u001b", typed}) {
            assertThat(accounts.login(address, DEMO_AUDITOR.password(), randomClient()))
                    .as(address.replace('\0', '0')).isEqualTo(LoginResult.refused());
        }
        assertThat(Sql.count(dataSource, refusedUnknown)).as("a password typed as the address, too")
                .isEqualTo(before + 4);
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where concat(actor, target, "
                + "after_json) like ?", "%" + typed + "%")).isZero();
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), randomClient()).signedIn()).isTrue();
    }

    @Test
    void failedSignInsFromOneClientAreThrottledWithoutAHashAndOthersStillGetIn() throws Exception {
        String client = randomClient();
        for (int i = 0; i < 20; i++) {
            assertThat(accounts.login("nobody-" + i + "@test.example", WRONG, client)).as("attempt " + (i + 1))
                    .isEqualTo(LoginResult.refused());
        }
        LoginResult throttled = accounts.login(email, DEMO_AUDITOR.password(), client);
        assertThat(throttled.outcome()).isEqualTo(LoginResult.Outcome.THROTTLED);
        assertThat(TooManyRequestsException.minutes(throttled.retryAfter())).isBetween(14L, 15L);
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = 'account:' || "
                + "(select id from registration.account where email = ?) and actor = 'anonymous' "
                + "and after_json like '%too many failed sign-ins%'", email)).isEqualTo(1);

        assertThat(accounts.login(email, DEMO_AUDITOR.password(), randomClient()).signedIn())
                .as("the same account from another client").isTrue();
        assertThat(Sql.count(dataSource, "select count(*) from registration.request_throttle")).isPositive();
        assertThat(Sql.count(dataSource, "select count(*) from registration.request_throttle where subject = ?",
                client)).as("client addresses are stored only as a hash").isZero();
    }

    @Test
    void aBrowserTheAccountSignedInWithBeforeGetsInWhereOthersFailuresHoldTheSharedAddressBack() throws Exception {
        String townHall = randomClient();
        LoginResult first = accounts.login(email, DEMO_AUDITOR.password(), townHall, null);
        assertThat(first.device()).as("a new browser gets a token for its cookie").matches("[A-Za-z0-9_-]{43}");
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), townHall, first.device()).device())
                .as("and keeps it").isEqualTo(first.device());
        for (int i = 0; i < 20; i++) {
            accounts.login("nobody-" + i + "@test.example", WRONG, townHall);
        }

        LoginResult known = accounts.login(email, DEMO_AUDITOR.password(), townHall, first.device());
        assertThat(known.signedIn()).as("from the browser used before").isTrue();
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), townHall, null).outcome())
                .as("from a browser not known").isEqualTo(LoginResult.Outcome.THROTTLED);
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), townHall, "x".repeat(43)).outcome())
                .as("with a made-up token").isEqualTo(LoginResult.Outcome.THROTTLED);
        String otherAccount = "signin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        Sql.execute(dataSource, "insert into registration.account (email, display_name, password_hash, role) "
                + "select '" + otherAccount + "', 'Sign-in test 2', password_hash, 'AUDITOR' from registration.account "
                + "where email = '" + DEMO_AUDITOR.email() + "'");
        assertThat(accounts.login(otherAccount, DEMO_AUDITOR.password(), townHall, first.device()).outcome())
                .as("another account from that browser").isEqualTo(LoginResult.Outcome.THROTTLED);
        assertThat(accounts.login(email, WRONG, townHall, first.device()).outcome())
                .as("a wrong password from the known browser is only refused").isEqualTo(LoginResult.Outcome.REFUSED);
        assertThat(Sql.count(dataSource, "select count(*) from registration.known_device where token_hash = ?",
                first.device())).as("a token is stored only as its hash").isZero();
    }

    @Test
    void anAttackerWhoLocksTheAccountKeepsOutNoBrowserItSignedInWithBefore() throws Exception {
        String device = accounts.login(email, DEMO_AUDITOR.password(), randomClient(), null).device();
        for (int i = 0; i < 10; i++) {
            accounts.login(email, WRONG, randomClient(), null);
        }
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), randomClient(), null).outcome())
                .as("locked for a browser it does not know").isEqualTo(LoginResult.Outcome.REFUSED);

        LoginResult known = accounts.login(email, DEMO_AUDITOR.password(), randomClient(), device);
        assertThat(known.signedIn()).as("its own browser gets in").isTrue();
        assertThat(known.device()).isEqualTo(device);
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), randomClient(), null).outcome())
                .as("and the lock stays for others").isEqualTo(LoginResult.Outcome.REFUSED);
        assertThat(Sql.count(dataSource, "select count(*) from platform.audit_entry where target = ? "
                + "and action = 'login.succeeded' and after_json like '%known browser%'", "account:" + accountId))
                .isEqualTo(1);

        for (int i = 0; i < 5; i++) {
            assertThat(accounts.login(email, WRONG, randomClient(), device).outcome())
                    .as("wrong password " + (i + 1) + " from the known browser").isEqualTo(LoginResult.Outcome.REFUSED);
        }
        assertThat(accounts.login(email, DEMO_AUDITOR.password(), randomClient(), device).outcome())
                .as("five wrong ones, and it is a browser like any other").isEqualTo(LoginResult.Outcome.REFUSED);
    }

    @Test
    void passwordResetRequestsAreThrottledPerAddressAndPerClient() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@test.example";
        String client = randomClient();
        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(unknown, randomClient());
        }
        assertThatThrownBy(() -> accounts.requestPasswordReset(unknown, randomClient()))
                .as("the sixth request for one address within the hour")
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.too-many-requests");
                    assertThat(refused.arguments()).containsExactly(60L);
                });
        for (int i = 0; i < 20; i++) {
            accounts.requestPasswordReset("someone-" + i + "-" + UUID.randomUUID() + "@test.example", client);
        }
        String requests = "select count(*) from platform.audit_entry where action = 'account.password-reset-requested'";
        long before = Sql.count(dataSource, requests);
        assertThatThrownBy(() -> accounts.requestPasswordReset("yet-another@test.example", client))
                .as("the 21st request from one client within the hour").isInstanceOf(TooManyRequestsException.class);
        assertThat(Sql.count(dataSource, requests)).as("a refused request changes nothing").isEqualTo(before);
    }

    @Test
    void newsletterRequestsAreThrottledPerAddressAndPerClient() throws Exception {
        String address = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        try {
            for (int i = 0; i < 5; i++) {
                newsletter.subscribe(address, null, "nl", "Ik wil de nieuwsbrief.", randomClient());
            }
            assertThatThrownBy(() -> newsletter.subscribe(address, null, "nl", "Ik wil de nieuwsbrief.",
                    randomClient())).isInstanceOf(TooManyRequestsException.class);
            String client = randomClient();
            for (int i = 0; i < 20; i++) {
                String junk = "not an address " + i;
                assertThatThrownBy(() -> newsletter.subscribe(junk, null, "nl", "x", client))
                        .as("refused, and counted").isNotInstanceOf(TooManyRequestsException.class)
                        .isInstanceOf(InvalidInputException.class);
            }
            assertThatThrownBy(() -> newsletter.subscribe("fine@test.example", null, "nl", "x", client))
                    .as("the 21st request from one client within the hour")
                    .isInstanceOf(TooManyRequestsException.class);
        } finally {
            Sql.execute(dataSource, "delete from registration.subscriber where email = '" + address + "'");
        }
    }

    private static String randomClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void theRightPasswordClearsEarlierFailures() throws SQLException {
        for (int i = 0; i < 9; i++) {
            accounts.login(email, WRONG);
        }
        assertThat(accounts.login(email, DEMO_AUDITOR.password()).signedIn()).isTrue();
        accounts.login(email, WRONG);
        assertThat(Sql.strings(dataSource, "select failed_logins || ' ' || (locked_until is null) "
                + "from registration.account where id = " + accountId)).containsExactly("1 true");
    }
}

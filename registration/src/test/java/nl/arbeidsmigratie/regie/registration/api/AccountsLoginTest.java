package nl.arbeidsmigratie.regie.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.registration.boundary.RequestThrottle;
import nl.arbeidsmigratie.regie.registration.boundary.SignInLedger;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.Passwords;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in answers: a locked account, a wrong password and an unknown address cannot be told apart. */
class AccountsLoginTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String RIGHT = "the right password";
    private static final String WRONG = "wrong password!";

    private final Accounts accounts = new Accounts();
    private final Map<String, Account> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private int hashes;

    @BeforeEach
    void wire() {
        accounts.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        accounts.passwords = new Passwords() {
            @Override
            public boolean matches(String password, String stored) {
                hashes++;
                return stored.equals("hash of " + password);
            }

            @Override
            public void spendTimeOfOneCheck(String password) {
                hashes++;
            }
        };
        accounts.currentAccount = new CurrentAccount() {
            @Override
            public Optional<Account> byEmail(String email) {
                return Optional.ofNullable(stored.get(email));
            }
        };
        accounts.throttle = new RequestThrottle() {
            @Override
            public Optional<Duration> exceeded(String kind, String subject, Instant now) {
                return Optional.empty();
            }

            @Override
            public Optional<Duration> count(String kind, String subject, Instant now) {
                return Optional.empty();
            }
        };
        accounts.ledger = new SignInLedger() {
            @Override
            public Optional<Candidate> candidate(String email) {
                return Optional.ofNullable(stored.get(email)).map(a -> new Candidate(a.id(), a.email(),
                        a.passwordHash(), a.maySignIn(), "inactive", a.lockedUntil()));
            }

            private final Map<Long, Integer> failures = new HashMap<>();

            @Override
            public void audit(String actor, String action, String target, Map<String, Object> details) {
                audited.add(action);
            }

            @Override
            public Failure countFailure(long accountId, Instant now) {
                if (failures.merge(accountId, 1, Integer::sum) < Account.MAX_FAILURES) {
                    return new Failure(false, null);
                }
                lock(byId(accountId), now.plus(Account.LOCK_DURATION));
                return new Failure(false, now.plus(Account.LOCK_DURATION));
            }

            @Override
            public Optional<LoginResult> clearFailures(long accountId, String checkedHash, Instant now) {
                Account account = byId(accountId);
                return Optional.of(LoginResult.signedIn(new AccountView(accountId, account.email(), account.email(),
                        Role.AUDITOR, null, null, "nl", AccountStatus.ACTIVE, 0), 0));
            }
        };
        long id = 1;
        for (String email : List.of("locked@test.example", "open@test.example")) {
            Account account = Account.auditor(email, email, "hash of " + RIGHT, NOW);
            set(account, "id", id++);
            stored.put(email, account);
        }
    }

    @Test
    void theAttemptThatLocksAndEveryOneAfterAreAnsweredLikeAWrongPasswordAfterOneHashEach() {
        for (int i = 0; i < 10; i++) {
            hashes = 0;
            assertThat(accounts.login("locked@test.example", WRONG)).as("attempt " + (i + 1))
                    .isEqualTo(LoginResult.refused());
            assertThat(hashes).isEqualTo(1);
        }
        assertThat(stored.get("locked@test.example").isLockedAt(NOW)).isTrue();

        LoginResult wrongPassword = attempt("open@test.example", WRONG);
        LoginResult lockedWrong = attempt("locked@test.example", WRONG);
        LoginResult lockedRight = attempt("locked@test.example", RIGHT);
        LoginResult unknown = attempt("nobody@test.example", WRONG);

        assertThat(List.of(lockedWrong, lockedRight, unknown)).allSatisfy(answer -> assertThat(answer)
                .isEqualTo(wrongPassword).isEqualTo(LoginResult.refused()));
        assertThat(audited).as("only the audit trail tells them apart").endsWith("login.refused", "login.locked",
                "login.locked", "login.refused");
    }

    @Test
    void theRightPasswordOnAnOpenAccountSignsIn() {
        assertThat(attempt("open@test.example", RIGHT).signedIn()).isTrue();
        assertThat(audited).containsExactly("login.succeeded");
    }

    private Account byId(long id) {
        return stored.values().stream().filter(account -> account.id() == id).findFirst().orElseThrow();
    }

    private static void lock(Account account, Instant until) {
        set(account, "lockedUntil", until);
    }

    private static void set(Account account, String field, Object value) {
        try {
            Field declared = Account.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(account, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One attempt, which must have cost exactly one password hash, as every attempt does. */
    private LoginResult attempt(String email, String password) {
        hashes = 0;
        LoginResult result = accounts.login(email, password);
        assertThat(hashes).as("password hashes computed for " + email).isEqualTo(1);
        return result;
    }
}

package nl.arbeidsmigratie.regie.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.registration.boundary.RequestThrottle;
import nl.arbeidsmigratie.regie.registration.boundary.SignInLedger;
import nl.arbeidsmigratie.regie.registration.control.Passwords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a caller types as an address is looked up when it may be one, and never reaches the audit trail. */
class AccountsAuditedAddressTest {

    private final Accounts accounts = new Accounts();
    private final List<String> actors = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> lookedUp = new ArrayList<>();
    private int hashes;

    @BeforeEach
    void wire() {
        accounts.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        accounts.passwords = new Passwords() {
            @Override
            public boolean matches(String password, String stored) {
                hashes++;
                return false;
            }

            @Override
            public void spendTimeOfOneCheck(String password) {
                hashes++;
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
                lookedUp.add(email);
                return Optional.empty();
            }

            @Override
            public void audit(String actor, String action, String target, Map<String, Object> details) {
                actors.add(actor);
                targets.add(target);
            }
        };
    }

    @Test
    void aTenThousandCharacterAddressIsRefusedAfterOneHashAndNotKept() {
        String flood = "a".repeat(10_000) + "@example.org";

        assertThat(accounts.login(flood, "whatever")).isEqualTo(LoginResult.refused());

        assertThat(hashes).isEqualTo(1);
        assertThat(lookedUp).as("too long to be anyone's address").isEmpty();
        assertThat(actors).containsExactly("anonymous");
        assertThat(targets).containsExactly("account:unknown");
    }

    @Test
    void anAddressOf254CharactersIsLookedUpAndNotKept() {
        String longest = "b".repeat(242) + "@example.org";

        assertThat(accounts.login(longest, "whatever")).isEqualTo(LoginResult.refused());

        assertThat(lookedUp).containsExactly(longest);
        assertThat(actors).containsExactly("anonymous");
        assertThat(targets).containsExactly("account:unknown");
    }
}

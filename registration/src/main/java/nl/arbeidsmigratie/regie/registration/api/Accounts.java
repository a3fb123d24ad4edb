package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.Passwords;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/** Signing in and knowing who is signed in. */
@Stateless
public class Accounts {

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Checks a password. Failures are counted and audited in the same transaction; ten within fifteen minutes
     * lock the account for fifteen minutes.
     */
    public LoginResult login(String email, String password) {
        Instant now = clock.instant();
        String name = email == null ? "" : email.strip();
        String secret = password == null ? "" : password;
        Optional<Account> found = name.isEmpty() ? Optional.empty() : currentAccount.byEmail(name);
        if (found.isEmpty() || !found.get().active()) {
            passwords.spendTimeOfOneCheck(secret);
            audit.recordAs(name.isEmpty() ? "anonymous" : name, "login.refused", "account:" + name,
                    null, Map.of("reason", found.isEmpty() ? "unknown account" : "inactive account"));
            return LoginResult.refused();
        }
        Account account = found.get();
        String target = "account:" + account.id();
        if (account.isLockedAt(now)) {
            audit.recordAs(account.email(), "login.locked", target, null, Map.of("lockedUntil", account.lockedUntil().toString()));
            return LoginResult.locked(account.lockedUntil());
        }
        if (!passwords.matches(secret, account.passwordHash())) {
            account.registerFailedLogin(now);
            audit.recordAs(account.email(), "login.refused", target, null, Map.of("reason", "wrong password"));
            return account.isLockedAt(now) ? LoginResult.locked(account.lockedUntil()) : LoginResult.refused();
        }
        account.registerSuccessfulLogin();
        audit.recordAs(account.email(), "login.succeeded", target, null, null);
        return LoginResult.signedIn(Views.of(account));
    }

    /** The signed-in account, empty for anonymous callers. */
    public Optional<AccountView> current() {
        return currentAccount.find().map(Views::of);
    }
}

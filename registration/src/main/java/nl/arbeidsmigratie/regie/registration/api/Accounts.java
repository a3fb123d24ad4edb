package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.EmailAddress;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.OneTimeTokens;
import nl.arbeidsmigratie.regie.platform.api.TokenCheck;
import nl.arbeidsmigratie.regie.registration.boundary.RequestThrottle;
import nl.arbeidsmigratie.regie.registration.boundary.SignInLedger;
import nl.arbeidsmigratie.regie.registration.control.AccountMails;
import nl.arbeidsmigratie.regie.registration.control.AccountTokens;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.control.PasswordPolicy;
import nl.arbeidsmigratie.regie.registration.control.Passwords;
import nl.arbeidsmigratie.regie.registration.control.Throttling;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/**
 * What a person does with their own account: signing in, choosing a password through an activation or reset
 * link, changing their password and language.
 */
@Stateless
public class Accounts {

    /**
     * The actor of what a caller does before signing in: the trail keeps no address typed in, which may be
     * someone's without an account or a password typed into the wrong field.
     */
    private static final String ANONYMOUS = "anonymous";
    /** The target of a refused sign-in to an address no account has. */
    private static final String UNKNOWN_ACCOUNT = "account:unknown";

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PasswordPolicy policy;

    @Inject
    OneTimeTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    SignInLedger ledger;

    @Inject
    AccountTokens apiTokens;

    @Inject
    RequestThrottle throttle;

    @Inject
    Throttling throttling;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /**
     * Checks a password. An unknown address, a wrong password and a locked account get the same answer after
     * the same work (one password hash), so neither the answer nor its time tells them apart; only the audit
     * trail does. Runs without a transaction: the hash holds no lock, and each attempt's outcome (the failure
     * counter, its audit entry) commits in a transaction of its own afterwards, so parallel guesses all count
     * and all stay in the trail. Ten failures within fifteen minutes lock the account for fifteen minutes.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult login(String email, String password) {
        return login(email, password, null);
    }

    /**
     * As {@link #login(String, String)}, from a known client address: failed attempts from one client are
     * counted too, and over {@code registration.throttle.sign-in.per-client} the client is told to wait without
     * any password being checked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult login(String email, String password, String clientAddress) {
        return login(email, password, clientAddress, null, false);
    }

    /**
     * As {@link #login(String, String, String)}, from a browser that may have signed in before ({@code device}, the
     * token its cookie holds): the limit per client address does not hold back a sign-in to an account from one of
     * that account's own browsers, so others' failures behind a shared address lock nobody out who signed in there
     * before. A successful sign-in answers the browser's token ({@link LoginResult#device}), new or the same.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult login(String email, String password, String clientAddress, String device) {
        return login(email, password, clientAddress, device, true);
    }

    private LoginResult login(String email, String password, String clientAddress, String device, boolean browser) {
        Instant now = clock.instant();
        String name = email == null ? "" : email.strip();
        String secret = password == null ? "" : password;
        // no address is longer than 254 characters or holds a control character: such a one names no account and is
        // not even looked up
        boolean possible = !name.isEmpty() && name.length() <= EmailAddress.MAX_LENGTH
                && name.chars().noneMatch(Character::isISOControl);
        Optional<Duration> wait = throttle.exceeded(RequestThrottle.SIGN_IN_PER_CLIENT, clientAddress, now);
        Optional<SignInLedger.Candidate> found = possible ? ledger.candidate(name) : Optional.empty();
        // a browser the account signed in with before gets past the limit per client and the account's lock, which
        // others' failures or an attacker's guesses set off (OWASP "device cookies")
        boolean knownBrowser = device != null && found.filter(known -> ledger.knownDevice(known.id(), device, now))
                .isPresent();
        // a refused attempt is nobody's the trail could name, whichever account it was made on
        String target = found.map(known -> "account:" + known.id()).orElse(UNKNOWN_ACCOUNT);
        if (wait.isPresent() && !knownBrowser) {
            ledger.audit(ANONYMOUS, "login.refused", target,
                    Map.of("reason", "too many failed sign-ins from this client"));
            return LoginResult.throttled(wait.get());
        }
        if (found.isEmpty() || !found.get().maySignIn()) {
            passwords.spendTimeOfOneCheck(secret);
            ledger.audit(ANONYMOUS, "login.refused", target,
                    Map.of("reason", found.map(SignInLedger.Candidate::whyNot).orElse("unknown account")));
            return failedFrom(clientAddress, now);
        }
        SignInLedger.Candidate account = found.get();
        boolean pastLock = account.lockedAt(now) && knownBrowser;
        if (account.lockedAt(now) && !pastLock) {
            passwords.spendTimeOfOneCheck(secret);
            ledger.audit(ANONYMOUS, "login.locked", target, Map.of("lockedUntil", account.lockedUntil().toString()));
            return failedFrom(clientAddress, now);
        }
        if (pastLock) {
            return admitPastLock(account, secret, device, clientAddress, now);
        }
        if (!passwords.matches(secret, account.passwordHash())) {
            SignInLedger.Failure failure = ledger.countFailure(account.id(), now);
            ledger.audit(ANONYMOUS, failure.lockedAlready() ? "login.locked" : "login.refused", target,
                    failure.lockedNowUntil() == null ? Map.of("reason", "wrong password")
                            : Map.of("reason", "wrong password", "lockedUntil", failure.lockedNowUntil().toString()));
            return failedFrom(clientAddress, now);
        }
        Optional<LoginResult> signedIn = ledger.clearFailures(account.id(), account.passwordHash(), now);
        ledger.audit(account.email(), signedIn.isPresent() ? "login.succeeded" : "login.locked", target,
                signedIn.isPresent() ? null : Map.of("reason", "locked or changed while the password was checked"));
        return signedIn.map(result -> browser ? result.withDevice(ledger.rememberDevice(account.id(), device, now))
                : result).orElseGet(LoginResult::refused);
    }

    /** A sign-in from a browser the locked account knows: its own wrong passwords count for it alone. */
    private LoginResult admitPastLock(SignInLedger.Candidate account, String secret, String device,
                                      String clientAddress, Instant now) {
        String target = "account:" + account.id();
        if (!passwords.matches(secret, account.passwordHash())) {
            ledger.countDeviceFailure(account.id(), device);
            ledger.audit(ANONYMOUS, "login.refused", target,
                    Map.of("reason", "wrong password from a known browser while locked"));
            return failedFrom(clientAddress, now);
        }
        Optional<LoginResult> signedIn = ledger.admitPastLock(account.id(), account.passwordHash(), device);
        ledger.audit(account.email(), signedIn.isPresent() ? "login.succeeded" : "login.refused", target,
                signedIn.isPresent() ? Map.of("past", "the account's lock, from a known browser")
                        : Map.of("reason", "changed while the password was checked"));
        return signedIn.map(result -> result.withDevice(device)).orElseGet(LoginResult::refused);
    }

    private LoginResult failedFrom(String clientAddress, Instant now) {
        throttle.count(RequestThrottle.SIGN_IN_PER_CLIENT, clientAddress, now);
        return LoginResult.refused();
    }

    /** The signed-in account, empty for anonymous callers. */
    public Optional<AccountView> current() {
        return currentAccount.view();
    }

    /**
     * The signed-in account, for the access rules of other modules: refused for anonymous callers and, when roles
     * are given, for callers with none of them.
     */
    public AccountView require(Role... allowed) {
        return allowed.length == 0 ? currentAccount.requireView() : currentAccount.check(allowed);
    }

    /**
     * Whether a page session that signed in to account {@code accountId} under credentials generation
     * {@code credentials} still stands: the account is active and neither its password was changed or reset nor
     * was it deactivated since. One query on the account's primary key (its municipality joined), read from the
     * database (no cache), so a change on one instance ends the sessions held by every other. The account read is
     * what the request's {@link #current()} answers afterwards, so a page view reads it once.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean credentialsCurrent(long accountId, long credentials) {
        Account account = em.createNamedQuery(Account.BY_ID, Account.class).setParameter("id", accountId)
                .getResultStream().findFirst().orElse(null);
        if (account == null || !account.active() || account.credentialsGeneration() != credentials) {
            return false;
        }
        currentAccount.known(account);
        return true;
    }

    /**
     * Whether account {@code accountId} was deactivated: asked once a session of it no longer stands, so the person
     * it signed out is told why. Tells nothing to anyone else: only a session that was signed in to the account asks.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean deactivated(long accountId) {
        return em.createNamedQuery(Account.BY_ID, Account.class).setParameter("id", accountId).getResultStream()
                .findFirst().filter(account -> !account.active()).isPresent();
    }

    /** Whether a link still works, to show the form or say why not; uses nothing up. */
    public TokenCheck.Outcome checkLink(@NotNull PasswordLink link, String token) {
        return tokens.peek(purpose(link), token).outcome();
    }

    /**
     * Sets a password through a mailed link, which is then used up: the first password of a new account, or a
     * new one after "forgot password".
     */
    public AccountView choosePassword(@NotNull PasswordLink link, String token, String password) {
        return switch (link) {
            case ACTIVATION -> setPassword(redeem(AccountMails.ACTIVATION, token, Account::awaitingActivation),
                    password, "account.activated");
            case PASSWORD_RESET -> setPassword(redeem(AccountMails.PASSWORD_RESET, token, Account::maySignIn),
                    password, "account.password-reset");
        };
    }

    /**
     * Mails a password reset link if {@code email} belongs to an account that can sign in. The caller learns
     * nothing either way, so the answer never tells whether an address has an account; the request is audited.
     */
    public void requestPasswordReset(String email) {
        requestPasswordReset(email, null);
    }

    /**
     * As {@link #requestPasswordReset(String)}, from a known client address. Requests are counted per client and
     * per address, known or not; over either limit the caller is told how long to wait.
     */
    public void requestPasswordReset(String email, String clientAddress) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            return;
        }
        // what is no address at all is said to be so: that tells nobody whether an account exists
        if (!EmailAddress.isValid(address)) {
            throw new InvalidInputException("email", "error.email.invalid", "not an email address");
        }
        throttling.count(RequestThrottle.RESET_PER_CLIENT, clientAddress, RequestThrottle.RESET_PER_ADDRESS,
                address, clock.instant());
        Optional<Account> found = currentAccount.byEmail(address).filter(Account::active);
        // one pending reset mail per account per period: a repeated request gets the same answer and no new mail
        boolean mailed = found.isPresent() && mails.sendPasswordResetLinkUnlessPending(found.get(), clock.instant());
        audit.recordAs(ANONYMOUS, "account.password-reset-requested",
                found.map(account -> "account:" + account.id()).orElse(UNKNOWN_ACCOUNT), null,
                Map.of("mailed", mailed));
    }

    /**
     * The signed-in person changes their own password, proving it is them with the current one. A wrong current
     * password counts toward the lockout exactly like a failed sign-in (same counter, same audit trail), and a
     * locked account cannot change its password here. Afterwards every other session of the account ends and
     * every outstanding activation or reset link stops working. Like {@link #login}, the hashes run outside any
     * transaction and each outcome commits on its own.
     *
     * @return the account's new credentials generation, which the session that made the change keeps
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long changeOwnPassword(String currentPassword, String newPassword) {
        Account account = currentAccount.require();
        Instant now = clock.instant();
        String target = "account:" + account.id();
        if (account.isLockedAt(now)) {
            ledger.audit(account.email(), "account.password-change-refused", target,
                    Map.of("reason", "account locked", "lockedUntil", account.lockedUntil().toString()));
            throw locked();
        }
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
            SignInLedger.Failure failure = ledger.countFailure(account.id(), now);
            ledger.audit(account.email(), "account.password-change-refused", target,
                    failure.lockedNowUntil() == null ? Map.of("reason", "wrong current password on the profile page")
                            : Map.of("reason", "wrong current password on the profile page",
                                    "lockedUntil", failure.lockedNowUntil().toString()));
            if (failure.lockedAlready() || failure.lockedNowUntil() != null) {
                throw locked();
            }
            throw new InvalidInputException("currentPassword", "error.password.current-wrong", "wrong password");
        }
        policy.check("newPassword", newPassword, account.email());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "error.password.unchanged", "the same password");
        }
        return ledger.replacePassword(account.id(), account.passwordHash(), passwords.hash(newPassword), now)
                .orElseThrow(Accounts::locked);
    }

    private static InvalidInputException locked() {
        return new InvalidInputException("currentPassword", "error.password.locked", "the account is locked");
    }

    /** The signed-in person chooses the language of their pages and mails: "nl" or "en". */
    public AccountView changeLanguage(String language) {
        Account account = currentAccount.require();
        if (language == null || !Account.LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "error.language.unknown", "no language " + language);
        }
        String before = account.preferredLanguage();
        if (language.equals(before)) {
            // chosen already, in another tab or by a second click: nothing changes, so the trail records nothing
            return Views.of(account);
        }
        account.preferLanguage(language);
        audit.record("account.language-changed", "account:" + account.id(),
                Map.of("preferredLanguage", before), Map.of("preferredLanguage", language));
        return Views.of(account);
    }

    /**
     * Uses up the token and returns the account it was issued for, if that account may still use it. Any
     * refusal afterwards (a weak password) rolls back, so the link keeps working.
     */
    private Account redeem(String purpose, String token, Predicate<Account> mayUse) {
        TokenCheck check = tokens.redeem(purpose, token);
        if (check.outcome() == TokenCheck.Outcome.EXPIRED) {
            throw new InvalidInputException("token", "error.link.expired", "the link has expired");
        }
        if (check.outcome() == TokenCheck.Outcome.USED) {
            throw new InvalidInputException("token", "error.link.used", "the link was used already");
        }
        if (check.outcome() == TokenCheck.Outcome.REVOKED) {
            throw new InvalidInputException("token", "error.link.revoked", "a newer password made the link void");
        }
        return Optional.ofNullable(check.valid() ? em.find(Account.class, Long.valueOf(check.subject())) : null)
                .filter(account -> account.active() && mayUse.test(account))
                .orElseThrow(() -> new InvalidInputException("token", "error.link.unknown", "no such link"));
    }

    private static String purpose(PasswordLink link) {
        return switch (link) {
            case ACTIVATION -> AccountMails.ACTIVATION;
            case PASSWORD_RESET -> AccountMails.PASSWORD_RESET;
        };
    }

    private AccountView setPassword(Account account, String password, String action) {
        policy.check("password", password, account.email());
        if (account.passwordHash() != null && passwords.matches(password, account.passwordHash())) {
            throw new InvalidInputException("password", "error.password.unchanged", "the same password");
        }
        account.changePassword(passwords.hash(password));
        mails.revokeLinks(account);
        apiTokens.revokeAll(account, account.email(), clock.instant());
        audit.recordAs(account.email(), action, "account:" + account.id(), null, null);
        return Views.of(account);
    }
}

package nl.arbeidsmigratie.regie.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.registration.api.LoginResult;
import nl.arbeidsmigratie.regie.registration.control.AccountMails;
import nl.arbeidsmigratie.regie.registration.control.AccountTokens;
import nl.arbeidsmigratie.regie.registration.control.ApiTokenSecrets;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/**
 * Writes down what a sign-in attempt came to, each in a transaction of its own that starts only after the
 * password was hashed: the failure counter is one atomic UPDATE (no read-modify-write, so parallel wrong
 * guesses all count and none fails on commit), and the attempt's audit entry commits right after it in a
 * transaction of its own, whatever happens to the caller. No row lock is held while a password is hashed, and
 * no transaction here needs a second connection while it holds a lock others wait for.
 *
 * <p>The counter columns are written without raising the account's version: a stream of wrong guesses must not
 * turn a coordinator's edit of that account into a conflict.
 */
@Stateless
public class SignInLedger {

    /**
     * Counts one failure unless the account is locked: a new window starts when the last one began more than
     * {@link Account#FAILURE_WINDOW} ago; the {@link Account#MAX_FAILURES}th failure within it locks the account
     * for {@link Account#LOCK_DURATION}. Answers the row's {@code locked_until}; no row when it was locked.
     */
    private static final String COUNT_FAILURE = """
            with p as (select cast(? as timestamptz) as now),
            n as (select a.id,
                         case when a.first_failed_at is null or a.first_failed_at < p.now - interval '%1$d seconds'
                              then 1 else a.failed_logins + 1 end as tries,
                         case when a.first_failed_at is null or a.first_failed_at < p.now - interval '%1$d seconds'
                              then p.now else a.first_failed_at end as since
                  from registration.account a, p
                  where a.id = ? and (a.locked_until is null or a.locked_until <= p.now)
                  for update of a)
            update registration.account a
               set failed_logins = case when n.tries >= %2$d then 0 else n.tries end,
                   first_failed_at = case when n.tries >= %2$d then null else n.since end,
                   locked_until = case when n.tries >= %2$d then p.now + interval '%3$d seconds'
                                       else a.locked_until end
              from n, p
             where a.id = n.id
            returning a.locked_until
            """.formatted(Account.FAILURE_WINDOW.toSeconds(), Account.MAX_FAILURES, Account.LOCK_DURATION.toSeconds());

    /** A browser's token known for the account, its last use noted. */
    private static final String KNOWN_DEVICE = "update registration.known_device set last_used_at = ?"
            + " where token_hash = ? and account_id = ?";

    /** Wrong passwords a known browser may give while its account is locked before it is forgotten. */
    static final int DEVICE_FAILURES = 5;

    /** The browsers an account keeps: the most recently used; an older one signs in as a new one would. */
    private static final int DEVICES_KEPT = 20;

    /** Clears the counter, but only if the account was not locked and its password not changed meanwhile. */
    private static final String CLEAR_FAILURES = "update registration.account "
            + "set failed_logins = 0, first_failed_at = null, locked_until = null "
            + "where id = ? and active and password_hash = ? and (locked_until is null or locked_until <= ?)";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AccountMails mails;

    @Inject
    AccountTokens tokens;

    /**
     * The account an attempt names, as it stands now, read in a short transaction of its own: no connection is
     * held while the password is hashed, so parallel attempts never wait for each other's connections.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Candidate> candidate(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email.strip())
                .getResultStream().findFirst()
                .map(a -> new Candidate(a.id(), a.email(), a.passwordHash(), a.maySignIn(),
                        a.active() ? "awaiting activation" : "inactive account", a.lockedUntil()));
    }

    /** What a sign-in needs to know of an account before checking the password. */
    public record Candidate(long id, String email, String passwordHash, boolean maySignIn, String whyNot,
                            Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /**
     * Writes an attempt's audit entry in a transaction of its own, which holds nothing but the audit trail's
     * append lock, so it commits whatever happens to the caller.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audit(String actor, String action, String target, Map<String, Object> details) {
        audit.recordAs(actor, action, target, null, details);
    }

    /**
     * Counts a wrong password with one atomic UPDATE, in a transaction that holds the account's row only for
     * that statement and its commit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Failure countFailure(long accountId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> lockedUntil = em.createNativeQuery(COUNT_FAILURE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, accountId)
                .getResultList();
        if (lockedUntil.isEmpty()) {
            return new Failure(true, null);
        }
        Object until = lockedUntil.get(0);
        Instant instant = until == null ? null : toInstant(until);
        return new Failure(false, instant != null && instant.isAfter(now) ? instant : null);
    }

    /** A counted failure: whether the account was locked already (not counted), or until when this one locked it. */
    public record Failure(boolean lockedAlready, Instant lockedNowUntil) {
    }

    /** Whether {@code device}, a browser's token, is one the account signed in with before; notes its use. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean knownDevice(long accountId, String device, Instant now) {
        return ApiTokenSecrets.wellFormedRandom(device) && em.createNativeQuery(KNOWN_DEVICE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, ApiTokenSecrets.hash(device))
                .setParameter(3, accountId)
                .executeUpdate() == 1;
    }

    /**
     * A wrong password from {@code device}, a browser the account knows, while the account is locked: counted for
     * that browser alone; at the {@value #DEVICE_FAILURES}th it is forgotten and held back by the lock as any other.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void countDeviceFailure(long accountId, String device) {
        String hash = ApiTokenSecrets.hash(device);
        em.createNativeQuery("update registration.known_device set failed_logins = failed_logins + 1"
                        + " where token_hash = ? and account_id = ?")
                .setParameter(1, hash).setParameter(2, accountId).executeUpdate();
        em.createNativeQuery("delete from registration.known_device where token_hash = ? and account_id = ?"
                        + " and failed_logins >= " + DEVICE_FAILURES)
                .setParameter(1, hash).setParameter(2, accountId).executeUpdate();
    }

    /**
     * The right password from a browser the account knows while the account is locked: signed in, unless the
     * account was deactivated or its password changed while the password was checked (empty). The lock stays
     * for every other browser; this one's count of wrong passwords starts again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LoginResult> admitPastLock(long accountId, String checkedHash, String device) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.maySignIn() || !Objects.equals(checkedHash, account.passwordHash())) {
            return Optional.empty();
        }
        em.createNativeQuery("update registration.known_device set failed_logins = 0"
                        + " where token_hash = ? and account_id = ?")
                .setParameter(1, ApiTokenSecrets.hash(device)).setParameter(2, accountId).executeUpdate();
        return Optional.of(LoginResult.signedIn(Views.of(account), account.credentialsGeneration()));
    }

    /**
     * The token of the browser the account just signed in with: {@code device} when it is one of the account's,
     * otherwise a new one; the account keeps its {@value #DEVICES_KEPT} most recently used.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String rememberDevice(long accountId, String device, Instant now) {
        if (knownDevice(accountId, device, now)) {
            return device;
        }
        String token = ApiTokenSecrets.random();
        em.createNativeQuery("insert into registration.known_device (token_hash, account_id, created_at, last_used_at)"
                        + " values (?, ?, ?, ?)")
                .setParameter(1, ApiTokenSecrets.hash(token))
                .setParameter(2, accountId)
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        em.createNativeQuery("delete from registration.known_device where account_id = ? and token_hash not in"
                        + " (select token_hash from registration.known_device where account_id = ?"
                        + " order by last_used_at desc limit " + DEVICES_KEPT + ")")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .executeUpdate();
        return token;
    }

    /**
     * The right password: clears the counter, unless the account was locked or its password changed while the
     * password was being checked; then the attempt is refused after all (empty).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LoginResult> clearFailures(long accountId, String checkedHash, Instant now) {
        int cleared = em.createNativeQuery(CLEAR_FAILURES)
                .setParameter(1, accountId)
                .setParameter(2, checkedHash)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (cleared == 0) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, accountId);
        return Optional.of(LoginResult.signedIn(Views.of(account), account.credentialsGeneration()));
    }

    /**
     * The owner's own password change, after the current password was checked against {@code checkedHash} outside
     * any transaction: sets the new hash, raising the credentials generation (every other session of the account
     * ends) and revoking every outstanding activation and reset link. Refused (empty) when the account was locked,
     * deactivated or its password changed while the hashes were computed.
     *
     * @return the new credentials generation, for the session that made the change
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong replacePassword(long accountId, String checkedHash, String newHash, Instant now) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.active() || !Objects.equals(checkedHash, account.passwordHash())
                || account.isLockedAt(now)) {
            return OptionalLong.empty();
        }
        account.changePassword(newHash);
        mails.revokeLinks(account);
        tokens.revokeAll(account, account.email(), now);
        em.flush();
        audit.record("account.password-changed", "account:" + account.id(), null, null);
        return OptionalLong.of(account.credentialsGeneration());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}

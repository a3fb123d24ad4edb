package nl.arbeidsmigratie.regie.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.control.Views;
import nl.arbeidsmigratie.regie.registration.entity.Account;

/**
 * Writes down what a sign-in attempt came to, each in a transaction of its own that starts only after the
 * password was hashed: the failure counter is one atomic UPDATE (no read-modify-write, so parallel wrong
 * guesses all count and none fails on commit), and the attempt's audit entry commits with it whatever happens
 * to the caller. No row lock is held while a password is hashed.
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

    /** Clears the counter, but only if the account was not locked and its password not changed meanwhile. */
    private static final String CLEAR_FAILURES = "update registration.account "
            + "set failed_logins = 0, first_failed_at = null, locked_until = null "
            + "where id = ? and active and password_hash = ? and (locked_until is null or locked_until <= ?)";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** An attempt refused without any account being involved (unknown, not activated or inactive). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String actor, String target, String reason) {
        audit.recordAs(actor, "login.refused", target, null, Map.of("reason", reason));
    }

    /** The account was already locked when the attempt came in; nothing is counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void locked(long accountId, String actor, Instant lockedUntil) {
        audit.recordAs(actor, "login.locked", "account:" + accountId, null,
                Map.of("lockedUntil", String.valueOf(lockedUntil)));
    }

    /**
     * A wrong password: counted atomically and audited; {@code login.locked} when another attempt locked the
     * account in the meantime.
     *
     * @return whether the account is locked now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean wrongPassword(long accountId, String actor, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> lockedUntil = em.createNativeQuery(COUNT_FAILURE)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, accountId)
                .getResultList();
        String target = "account:" + accountId;
        if (lockedUntil.isEmpty()) {
            audit.recordAs(actor, "login.locked", target, null, Map.of("reason", "wrong password while locked"));
            return true;
        }
        Object until = lockedUntil.get(0);
        boolean lockedNow = until != null && toInstant(until).isAfter(now);
        audit.recordAs(actor, "login.refused", target, null, lockedNow
                ? Map.of("reason", "wrong password", "lockedUntil", toInstant(until).toString())
                : Map.of("reason", "wrong password"));
        return lockedNow;
    }

    /**
     * The right password: clears the counter and audits the sign-in, unless the account was locked or its
     * password changed while the password was being checked; then the attempt is refused after all.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AccountView> rightPassword(long accountId, String checkedHash, String actor, Instant now) {
        int cleared = em.createNativeQuery(CLEAR_FAILURES)
                .setParameter(1, accountId)
                .setParameter(2, checkedHash)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        String target = "account:" + accountId;
        if (cleared == 0) {
            audit.recordAs(actor, "login.locked", target, null,
                    Map.of("reason", "locked or changed while the password was checked"));
            return Optional.empty();
        }
        Account account = em.find(Account.class, accountId);
        audit.recordAs(account.email(), "login.succeeded", target, null, null);
        return Optional.of(Views.of(account));
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

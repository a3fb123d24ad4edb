package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.ApiToken;

/**
 * Ends an account's API tokens when what proves the account changes: a new password, a deactivation, another role
 * or municipality. A token stands on the credentials it was made under, so whoever resets a password they feared
 * was stolen also cuts off the clients made with it, and a reactivated account starts without old tokens.
 */
@Dependent
public class AccountTokens {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Revokes every token of {@code account} not revoked yet, in the caller's transaction, and says in the audit trail
     * how many; returns how many. The caller has just given the account a new credentials generation; writing that
     * first takes the account's row lock, which {@code ApiTokens.create} takes too, so a token made at the same
     * moment is either committed and revoked here or refused there.
     */
    public int revokeAll(Account account, String by, Instant now) {
        em.flush();
        int revoked = em.createNamedQuery(ApiToken.REVOKE_OF_ACCOUNT)
                .setParameter("account", account)
                .setParameter("by", by)
                .setParameter("now", now)
                .executeUpdate();
        if (revoked > 0) {
            audit.recordAs(by, "api-token.revoked", "account:" + account.id(), null, Map.of("tokens", revoked));
        }
        return revoked;
    }
}

package nl.arbeidsmigratie.regie.platform.api;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import nl.arbeidsmigratie.regie.platform.entity.OneTimeToken;

/**
 * Single-use, expiring tokens for links in mails. The token itself goes into the link; only its hash is
 * stored. Redeeming joins the caller's transaction, so a token is used up exactly when the action it
 * authorises is committed.
 */
@Stateless
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token for {@code purpose} (e.g. "activation") about {@code subject} (e.g. an account id). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String issue(@NotBlank String purpose, @NotBlank String subject, @NotNull Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        em.persist(new OneTimeToken(hash(token), purpose, subject, now, now.plus(validity)));
        return token;
    }

    /** Uses the token up if it is valid for {@code purpose}; otherwise says why not and changes nothing. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public TokenCheck redeem(@NotBlank String purpose, String token) {
        return check(purpose, token, true);
    }

    /**
     * Revokes every token for {@code purpose} about {@code subject} that is neither used nor revoked yet, in the
     * caller's transaction: from then on each is answered {@link TokenCheck.Outcome#REVOKED}.
     *
     * @return how many were revoked
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int revoke(@NotBlank String purpose, @NotBlank String subject) {
        em.flush(); // a token redeemed in this transaction counts as used, not as revoked
        return em.createNativeQuery("update platform.one_time_token set revoked_at = ? "
                        + "where purpose = ? and subject = ? and used_at is null and revoked_at is null")
                .setParameter(1, java.sql.Timestamp.from(clock.instant()))
                .setParameter(2, purpose)
                .setParameter(3, subject)
                .executeUpdate();
    }

    /** Says whether the token would be accepted, without using it (to show the right form). */
    public TokenCheck peek(@NotBlank String purpose, String token) {
        return check(purpose, token, false);
    }

    private TokenCheck check(String purpose, String token, boolean use) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new TokenCheck(TokenCheck.Outcome.UNKNOWN, null);
        }
        OneTimeToken stored = em.find(OneTimeToken.class, hash(token.strip()),
                use ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (stored == null || !stored.purpose().equals(purpose)) {
            return new TokenCheck(TokenCheck.Outcome.UNKNOWN, null);
        }
        if (stored.usedAlready()) {
            return new TokenCheck(TokenCheck.Outcome.USED, null);
        }
        if (stored.revoked()) {
            return new TokenCheck(TokenCheck.Outcome.REVOKED, null);
        }
        Instant now = clock.instant();
        if (stored.expiredAt(now)) {
            return new TokenCheck(TokenCheck.Outcome.EXPIRED, null);
        }
        if (use) {
            stored.use(now);
        }
        return new TokenCheck(TokenCheck.Outcome.VALID, stored.subject());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

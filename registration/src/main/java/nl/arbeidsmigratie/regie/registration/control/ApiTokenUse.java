package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Notes when a token was used without writing on every request: the first use always, later uses only when the
 * stored moment is more than {@link #RESOLUTION} old. Each is one conditional UPDATE, so among parallel requests
 * exactly one wins the first use, and none waits for a lock it does not need.
 */
@Dependent
public class ApiTokenUse {

    /** How stale "last used" may be; a busy client costs at most one write a minute. */
    public static final Duration RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /** Records the first use; true for exactly one caller, the one whose request was the first. */
    public boolean firstUse(long tokenId, Instant now) {
        return em.createNativeQuery("update registration.api_token set last_used_at = ? "
                        + "where id = ? and last_used_at is null")
                .setParameter(1, utc(now))
                .setParameter(2, tokenId)
                .executeUpdate() == 1;
    }

    /** Moves "last used" forward if it is older than the resolution; otherwise writes nothing. */
    public void laterUse(long tokenId, Instant lastUsed, Instant now) {
        if (lastUsed.plus(RESOLUTION).isAfter(now)) {
            return;
        }
        em.createNativeQuery("update registration.api_token set last_used_at = ? "
                        + "where id = ? and last_used_at < ?")
                .setParameter(1, utc(now))
                .setParameter(2, tokenId)
                .setParameter(3, utc(now.minus(RESOLUTION)))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}

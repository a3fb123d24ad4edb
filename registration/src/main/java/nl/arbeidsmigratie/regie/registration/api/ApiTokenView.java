package nl.arbeidsmigratie.regie.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;

/**
 * A personal API token as its owner and coordinators see it: never the secret, never its hash.
 * {@code lastUsedAt} is at most a minute behind; null when the token was never used. {@code revokedBy} is whoever
 * revoked it: its owner, a coordinator, or whoever set a new password, role or municipality or deactivated the
 * account.
 */
public record ApiTokenView(long id, String name, String ownerEmail, String ownerName, Instant createdAt,
                           Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy,
                           ApiTokenStatus status) implements java.io.Serializable {

    /** The last day it lets a client in, in Dutch time: the day its owner chose. */
    public LocalDate validThrough() {
        return expiresAt.minusNanos(1).atZone(DutchTime.ZONE).toLocalDate();
    }
}

package nl.arbeidsmigratie.regie.registration.api;

import java.time.Instant;

/**
 * A personal API token as its owner and coordinators see it: never the secret, never its hash.
 * {@code lastUsedAt} is at most a minute behind; null when the token was never used.
 */
public record ApiTokenView(long id, String name, String ownerEmail, String ownerName, Instant createdAt,
                           Instant expiresAt, Instant lastUsedAt, Instant revokedAt, ApiTokenStatus status)
        implements java.io.Serializable {
}

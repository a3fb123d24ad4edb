package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A document in a list: what it is, whose, where it stands and when it last changed; {@code revises} names the
 * adopted document a revision started from (null for any other).
 */
public record DocumentSummary(long id, DocumentKind kind, String title, DocumentStatus status,
                              String municipalityCode, String municipalityName, String region,
                              Integer adoptedVersion, Instant lastActivityAt, RevisedDocument revises)
        implements Serializable {
}

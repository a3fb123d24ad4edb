package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of the audit trail as a reviewer sees it, with what its place in the chain rests on: the hash of the
 * entry before it, its own, and the form ({@code hashVersion}) the hash was computed in.
 */
public record AuditEntryView(long id, String actor, Instant occurredAt, String action, String target, String before,
                             String after, String previousHash, String hash, short hashVersion)
        implements Serializable {
}

package nl.arbeidsmigratie.regie.platform.api;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit trail as a reviewer sees it. */
public record AuditEntryView(long id, String actor, Instant occurredAt, String action, String target, String before,
                             String after) implements Serializable {
}

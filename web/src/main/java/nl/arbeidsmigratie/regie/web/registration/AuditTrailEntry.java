package nl.arbeidsmigratie.regie.web.registration;

/**
 * An entry as stored, with the name its record has now (empty for a record known by no name). {@code before} and
 * {@code after} are the JSON texts exactly as hashed; {@code occurredAt} is an ISO instant.
 */
public record AuditTrailEntry(long id, String occurredAt, String actor, String action, String target,
                              String targetNameNow, String before, String after, String previousHash, String hash,
                              short hashVersion) {
}

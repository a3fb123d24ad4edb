package nl.arbeidsmigratie.regie.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import nl.arbeidsmigratie.regie.platform.api.AuditEntryView;

/** One link of the audit chain. Immutable once written; the database refuses updates and deletes. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LAST, query = "select e from AuditEntry e order by e.id desc")
@NamedQuery(name = AuditEntry.ALL_IN_ORDER,
        query = "select e from AuditEntry e where e.id > :after and e.id <= :until order by e.id")
public class AuditEntry {

    public static final String LAST = "AuditEntry.last";
    public static final String ALL_IN_ORDER = "AuditEntry.allInOrder";
    /** How entries written now are hashed; see {@link #computeHash()}. */
    public static final short CURRENT_HASH_VERSION = 2;
    /** The predecessor hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String target;

    @Column(name = "before_json", updatable = false)
    private String before;

    @Column(name = "after_json", updatable = false)
    private String after;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    @Column(name = "hash_version", nullable = false, updatable = false)
    private short hashVersion;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, Instant occurredAt, String action, String target,
                      String before, String after, String previousHash) {
        this.actor = Objects.requireNonNull(actor);
        // PostgreSQL keeps microseconds; hash exactly what will be read back.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.action = Objects.requireNonNull(action);
        this.target = Objects.requireNonNull(target);
        this.before = before;
        this.after = after;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.hashVersion = CURRENT_HASH_VERSION;
        this.hash = computeHash();
    }

    /**
     * The SHA-256 of this entry's content and its predecessor's hash, in the form the entry was written with:
     * version 2 prefixes every field with its length (and marks an absent one), version 1 joined them with a
     * separator, which a field containing that separator could imitate.
     */
    public String computeHash() {
        byte[] content = hashVersion >= 2
                ? lengthPrefixed(previousHash, actor, occurredAt.toString(), action, target, before, after)
                : String.join("\u001f", previousHash, actor, occurredAt.toString(), action, target,
                        String.valueOf(before), String.valueOf(after)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] lengthPrefixed(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : fields) {
            if (field == null) {
                out.writeBytes("-1:".getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    public AuditEntryView view() {
        return new AuditEntryView(id, actor, occurredAt, action, target, before, after, previousHash, hash,
                hashVersion);
    }

    public Long id() {
        return id;
    }

    public String hash() {
        return hash;
    }

    public String previousHash() {
        return previousHash;
    }
}

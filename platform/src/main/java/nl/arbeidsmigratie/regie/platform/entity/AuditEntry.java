package nl.arbeidsmigratie.regie.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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
@NamedQuery(name = AuditEntry.ALL_IN_ORDER, query = "select e from AuditEntry e where e.id > :after order by e.id")
public class AuditEntry {

    public static final String LAST = "AuditEntry.last";
    public static final String ALL_IN_ORDER = "AuditEntry.allInOrder";
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
        this.hash = computeHash();
    }

    /** The SHA-256 of this entry's content and its predecessor's hash. */
    public String computeHash() {
        String content = String.join("\u001f", previousHash, actor, occurredAt.toString(), action, target,
                String.valueOf(before), String.valueOf(after));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public AuditEntryView view() {
        return new AuditEntryView(id, actor, occurredAt, action, target, before, after);
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

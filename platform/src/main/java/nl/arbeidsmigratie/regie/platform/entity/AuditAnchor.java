package nl.arbeidsmigratie.regie.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The sealed head of the audit chain: how many entries it has and which is the last, with an HMAC over both
 * under a key kept outside the database. One row, moved forward in the transaction of every append.
 */
@Entity
@Table(name = "audit_anchor")
public class AuditAnchor {

    public static final short ID = 1;

    @Id
    private short id = ID;

    @Column(nullable = false)
    private long entries;

    @Column(name = "head_id", nullable = false)
    private long headId;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(nullable = false, length = 64)
    private String mac;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected AuditAnchor() {
    }

    public AuditAnchor(long entries, long headId, String headHash, String mac, Instant sealedAt) {
        seal(entries, headId, headHash, mac, sealedAt);
    }

    public final void seal(long entries, long headId, String headHash, String mac, Instant sealedAt) {
        this.entries = entries;
        this.headId = headId;
        this.headHash = headHash;
        this.mac = mac;
        this.sealedAt = sealedAt;
    }

    public long entries() {
        return entries;
    }

    public long headId() {
        return headId;
    }

    public String headHash() {
        return headHash;
    }

    public String mac() {
        return mac;
    }
}

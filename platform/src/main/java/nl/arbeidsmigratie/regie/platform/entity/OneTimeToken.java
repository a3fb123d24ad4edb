package nl.arbeidsmigratie.regie.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A single-use token, stored only as its SHA-256 so a database dump yields no usable links. */
@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    @Id
    @Column(name = "token_hash")
    private String hash;

    private String purpose;

    private String subject;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected OneTimeToken() {
    }

    public OneTimeToken(String hash, String purpose, String subject, Instant issuedAt, Instant expiresAt) {
        this.hash = Objects.requireNonNull(hash);
        this.purpose = Objects.requireNonNull(purpose);
        this.subject = Objects.requireNonNull(subject);
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean usedAlready() {
        return usedAt != null;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public String purpose() {
        return purpose;
    }

    public String subject() {
        return subject;
    }
}

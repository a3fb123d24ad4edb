package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token: a REST client of {@link #account()} presents its secret as a bearer token. Only the
 * secret's SHA-256 is kept. A token is good until it expires or is revoked, whichever comes first; both are
 * final.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH,
        query = "select t from ApiToken t join fetch t.account where t.secretHash = :hash")
@NamedQuery(name = ApiToken.OF_ACCOUNT,
        query = "select t from ApiToken t join fetch t.account where t.account = :account order by t.createdAt desc, t.id desc")
@NamedQuery(name = ApiToken.REVOKE_OF_ACCOUNT,
        query = "update ApiToken t set t.revokedAt = :now, t.revokedBy = :by "
                + "where t.account = :account and t.revokedAt is null")
@NamedQuery(name = ApiToken.ALL,
        query = "select t from ApiToken t join fetch t.account a order by a.email, t.createdAt desc, t.id desc")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final String ALL = "ApiToken.all";
    public static final String REVOKE_OF_ACCOUNT = "ApiToken.revokeOfAccount";

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;

    @Column(name = "secret_hash")
    private String secretHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String secretHash, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.name = Objects.requireNonNull(name).strip();
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (this.name.isEmpty() || this.name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a token's name has 1 to " + MAX_NAME + " characters");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token expires after it is created");
        }
    }

    /** Ends the token for good; revoking a revoked token changes nothing and says so. */
    public boolean revoke(String by, Instant now) {
        if (revoked()) {
            return false;
        }
        this.revokedAt = Objects.requireNonNull(now);
        this.revokedBy = Objects.requireNonNull(by);
        return true;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether a request presenting this token at {@code now} is let in. */
    public boolean admitsAt(Instant now) {
        return !revoked() && !expiredAt(now) && account.active();
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}

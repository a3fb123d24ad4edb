package nl.arbeidsmigratie.regie.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.arbeidsmigratie.regie.registration.api.Role;

/** A person who signs in: a coordinator, an auditor, or an officer of one municipality. */
@Entity
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where lower(a.email) = lower(:email)")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String COUNT = "Account.count";

    /** Failed attempts within {@link #FAILURE_WINDOW} that lock the account for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILURES = 10;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private boolean active = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String displayName, String passwordHash, Role role, Municipality municipality,
                    Instant createdAt) {
        this.email = Objects.requireNonNull(email).strip();
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.municipality = municipality;
        this.createdAt = createdAt;
    }

    public static Account coordinator(String email, String displayName, String passwordHash, Instant now) {
        return new Account(email, displayName, passwordHash, Role.COORDINATOR, null, now);
    }

    public static Account auditor(String email, String displayName, String passwordHash, Instant now) {
        return new Account(email, displayName, passwordHash, Role.AUDITOR, null, now);
    }

    public static Account officer(String email, String displayName, String passwordHash, Municipality municipality,
                                  Instant now) {
        return new Account(email, displayName, passwordHash, Role.OFFICER, Objects.requireNonNull(municipality), now);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed attempt; the tenth within the window locks the account. */
    public void registerFailedLogin(Instant now) {
        if (firstFailedAt == null || now.isAfter(firstFailedAt.plus(FAILURE_WINDOW))) {
            firstFailedAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            firstFailedAt = null;
        }
    }

    public void registerSuccessfulLogin() {
        failedLogins = 0;
        firstFailedAt = null;
        lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Municipality municipality() {
        return municipality;
    }

    public boolean active() {
        return active;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}

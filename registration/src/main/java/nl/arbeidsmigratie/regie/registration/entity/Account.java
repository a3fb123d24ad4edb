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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.Role;

/** A person who signs in: a coordinator, an auditor, or an officer of one municipality. */
@Entity
// The municipality comes along: every view of an account names it, and read lazily it was a statement of its own.
@NamedQuery(name = Account.BY_EMAIL,
        query = "select a from Account a left join fetch a.municipality where lower(a.email) = lower(:email)")
@NamedQuery(name = Account.BY_ID, query = "select a from Account a left join fetch a.municipality where a.id = :id")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.ACTIVE_WITH_ROLE,
        query = "select a from Account a where a.active = true and a.role = :role order by a.id")
@NamedQuery(name = Account.ACTIVE_OFFICERS_OF, query = "select a from Account a "
        + "where a.active = true and a.role = nl.arbeidsmigratie.regie.registration.api.Role.OFFICER "
        + "and a.municipality.code = :code order by a.displayName, a.id")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String BY_ID = "Account.byId";
    public static final String COUNT = "Account.count";
    public static final String ACTIVE_WITH_ROLE = "Account.activeWithRole";
    public static final String ACTIVE_OFFICERS_OF = "Account.activeOfficersOf";

    /** The languages pages and mails exist in; Dutch unless the person chooses otherwise. */
    public static final Set<String> LANGUAGES = Set.of("nl", "en");
    public static final String DEFAULT_LANGUAGE = "nl";

    /**
     * Failed attempts within {@link #FAILURE_WINDOW} that lock the account for {@link #LOCK_DURATION}. They are
     * counted by one atomic UPDATE in {@code boundary.SignInLedger}, never by changing this entity.
     */
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

    @Column(name = "preferred_language")
    private String preferredLanguage = DEFAULT_LANGUAGE;

    /**
     * Raised whenever what proves to be this account changes: a new password (activation, reset, own change) or
     * deactivation. A page session signed in under an older generation is over.
     */
    @Column(name = "credentials_generation")
    private long credentialsGeneration;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String displayName, String passwordHash, Role role, Municipality municipality,
                    Instant createdAt) {
        // one spelling for one address: it is the name the account signs in, acts and is mailed under
        this.email = Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assign(role, municipality);
    }

    /**
     * An account a coordinator creates: it has no password until its owner chooses one through the activation
     * link, and cannot sign in before that.
     */
    public static Account invited(String email, String displayName, Role role, Municipality municipality,
                                  String preferredLanguage, Instant now) {
        Account account = new Account(email, displayName, null, role, municipality, now);
        account.preferLanguage(preferredLanguage);
        return account;
    }

    public static Account coordinator(String email, String displayName, String passwordHash, Instant now) {
        return new Account(email, displayName, Objects.requireNonNull(passwordHash), Role.COORDINATOR, null, now);
    }

    public static Account auditor(String email, String displayName, String passwordHash, Instant now) {
        return new Account(email, displayName, Objects.requireNonNull(passwordHash), Role.AUDITOR, null, now);
    }

    public static Account officer(String email, String displayName, String passwordHash, Municipality municipality,
                                  Instant now) {
        return new Account(email, displayName, Objects.requireNonNull(passwordHash), Role.OFFICER,
                Objects.requireNonNull(municipality), now);
    }

    /**
     * Gives the account a role; an officer belongs to exactly one municipality, nobody else to any. A session signed
     * in under another role or municipality ends: what it was let into was chosen for those.
     */
    public void assign(Role newRole, Municipality newMunicipality) {
        Objects.requireNonNull(newRole);
        if ((newRole == Role.OFFICER) != (newMunicipality != null)) {
            throw new IllegalArgumentException("an officer, and only an officer, belongs to a municipality");
        }
        if (newRole != role || !Objects.equals(code(newMunicipality), code(municipality))) {
            credentialsGeneration++;
        }
        this.role = newRole;
        this.municipality = newMunicipality;
    }

    private static String code(Municipality municipality) {
        return municipality == null ? null : municipality.code();
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName).strip();
    }

    public void preferLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        this.preferredLanguage = language;
    }

    /**
     * Sets a new password (activation, reset or the owner's own change). Also lifts a lock: whoever sets it has
     * just proved they own the account.
     */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        credentialsGeneration++;
        registerSuccessfulLogin();
    }

    /** Ends the account's access, and with it every session it has. */
    public void deactivate() {
        this.active = false;
        credentialsGeneration++;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Created by a coordinator, and its owner has not chosen a password yet. */
    public boolean awaitingActivation() {
        return passwordHash == null;
    }

    /** Only an active account whose owner chose a password can sign in. */
    public boolean maySignIn() {
        return active && !awaitingActivation();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
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

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public long credentialsGeneration() {
        return credentialsGeneration;
    }

    public long version() {
        return version;
    }
}

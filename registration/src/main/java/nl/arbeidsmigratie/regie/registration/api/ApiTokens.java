package nl.arbeidsmigratie.regie.registration.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.registration.control.ApiTokenSecrets;
import nl.arbeidsmigratie.regie.registration.control.ApiTokenUse;
import nl.arbeidsmigratie.regie.registration.control.CurrentAccount;
import nl.arbeidsmigratie.regie.registration.entity.Account;
import nl.arbeidsmigratie.regie.registration.entity.ApiToken;

/**
 * Personal API tokens. A person creates them for their own REST clients and revokes them; a coordinator sees
 * and revokes anyone's. {@link #authenticate} is what the REST interface asks on every request: no password
 * hash, no sign-in in the audit trail; the audit trail gets one entry when a token is created, one when it is
 * used for the first time and one when it is revoked.
 */
@Stateless
public class ApiTokens {

    /** Expiry when the person picks none. */
    public static final int DEFAULT_DAYS = 90;
    /** The longest a token may live: a forgotten token dies within a year. */
    public static final int MAX_YEARS = 1;

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Inject
    CurrentAccount currentAccount;

    @Inject
    ApiTokenUse use;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /** The date a new token expires on unless the person picks another. */
    public LocalDate defaultExpiry() {
        return today().plusDays(DEFAULT_DAYS);
    }

    /** The last date a new token may expire on. */
    public LocalDate latestExpiry() {
        return today().plusYears(MAX_YEARS);
    }

    /**
     * A new token for the signed-in person, valid through {@code expiresOn} (Dutch time; null means
     * {@link #DEFAULT_DAYS} days from today). The secret is in the answer and nowhere else. The account is locked
     * while the token is made, so a password change or deactivation at the same moment either sees the token and
     * revokes it, or comes first and this request is refused.
     */
    public IssuedApiToken create(String name, LocalDate expiresOn) {
        Account account = currentAccount.requireLocked();
        String given = name == null ? "" : name.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException("name", "error.token.name.required", "a token needs a name");
        }
        if (given.length() > ApiToken.MAX_NAME) {
            throw new TextTooLongException("name", ApiToken.MAX_NAME);
        }
        String trimmed = FreeText.line("name", given);
        Instant now = clock.instant();
        // the name is how a person tells which token to revoke; two usable ones of one name cannot be told apart
        boolean taken = em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("account", account)
                .getResultStream().anyMatch(t -> t.admitsAt(now) && t.name().equalsIgnoreCase(trimmed));
        if (taken) {
            throw new InvalidInputException("name", "error.token.name.taken", "a usable token of this name exists",
                    trimmed);
        }
        LocalDate lastDay = expiresOn == null ? defaultExpiry() : expiresOn;
        if (lastDay.isBefore(today())) {
            throw new InvalidInputException("expiresOn", "error.token.expiry.past", "expiry in the past");
        }
        if (lastDay.isAfter(latestExpiry())) {
            throw new InvalidInputException("expiresOn", "error.token.expiry.too-late", "at most a year ahead");
        }
        String secret = ApiTokenSecrets.generate();
        ApiToken token = new ApiToken(account, trimmed, ApiTokenSecrets.hash(secret), now,
                lastDay.plusDays(1).atStartOfDay(NETHERLANDS).toInstant());
        em.persist(token);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("account", account.email());
        after.put("name", token.name());
        // the last day as its owner chose it and the profile shows it, not the moment after it that the token stores
        after.put("expiresOn", lastDay.toString());
        audit.record("api-token.created", target(token), null, after);
        return new IssuedApiToken(view(token, now), secret);
    }

    /** The signed-in person's own tokens, newest first, including expired and revoked ones. */
    public List<ApiTokenView> own() {
        Account account = currentAccount.require();
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("account", account)
                .getResultStream().map(token -> view(token, now)).toList();
    }

    /** Every token of every account, for coordinators only; by owner, newest first. */
    public List<ApiTokenView> everyone() {
        currentAccount.check(Role.COORDINATOR);
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultStream()
                .map(token -> view(token, now)).toList();
    }

    /**
     * Revokes a token for good: its owner may, and any coordinator. Anyone else is refused exactly as if the
     * token did not exist. Revoking it again changes nothing.
     */
    public ApiTokenView revoke(long id) {
        Account caller = currentAccount.require();
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> caller.role() == Role.COORDINATOR || found.account().id().equals(caller.id()))
                .orElseThrow(() -> new AccessRefusedException("not your token"));
        Instant now = clock.instant();
        ApiTokenStatus before = view(token, now).status();
        if (token.revoke(caller.email(), now)) {
            audit.record("api-token.revoked", target(token), Map.of("status", before.name()),
                    Map.of("status", ApiTokenStatus.REVOKED.name(), "account", token.account().email(),
                            "name", token.name()));
        }
        return view(token, now);
    }

    /**
     * The caller a bearer secret speaks for: only for an unexpired, unrevoked token of an active account.
     * Anything else (unknown, revoked, expired, malformed, a deactivated account) is the same empty answer.
     */
    public Optional<ApiCaller> authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiTokenSecrets.hash(secret))
                .getResultStream().findFirst()
                .filter(token -> token.admitsAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Account account = token.account();
        if (token.lastUsedAt() == null) {
            if (use.firstUse(token.id(), now)) {
                audit.recordAs(account.email(), "api-token.first-used", target(token), null,
                        Map.of("name", token.name()));
            }
        } else {
            use.laterUse(token.id(), token.lastUsedAt(), now);
        }
        return Optional.of(new ApiCaller(account.email(), account.role()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    private static String target(ApiToken token) {
        return "api-token:" + token.id();
    }

    private static ApiTokenView view(ApiToken token, Instant now) {
        Account owner = token.account();
        ApiTokenStatus status = token.revoked() ? ApiTokenStatus.REVOKED
                : token.expiredAt(now) ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
        return new ApiTokenView(token.id(), token.name(), owner.email(), owner.displayName(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.revokedBy(), status);
    }
}

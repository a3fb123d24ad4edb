package nl.arbeidsmigratie.regie.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import nl.arbeidsmigratie.regie.registration.control.ThrottleRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts requests per client address and per email address in the database, so every instance of the
 * application shares the count and a restart forgets nothing. Each count commits in a transaction of its own:
 * a refused request still counts. Windows are fixed: the first request opens one of the rule's period, and the
 * count starts again after it.
 *
 * <p>Limits come from configuration ({@code 20/PT15M} = twenty per fifteen minutes, {@code off}):
 * {@code registration.throttle.sign-in.per-client} counts failed sign-ins from one client address (the account
 * lockout already counts them per account); {@code registration.throttle.password-reset.per-address} and
 * {@code .per-client}, {@code registration.throttle.newsletter.per-address} and {@code .per-client} count every
 * request.
 */
@Stateless
public class RequestThrottle {

    public static final String SIGN_IN_PER_CLIENT = "sign-in.per-client";
    public static final String RESET_PER_ADDRESS = "password-reset.per-address";
    public static final String RESET_PER_CLIENT = "password-reset.per-client";
    public static final String NEWSLETTER_PER_ADDRESS = "newsletter.per-address";
    public static final String NEWSLETTER_PER_CLIENT = "newsletter.per-client";

    private static final String COUNT = """
            insert into registration.request_throttle as t (kind, subject, window_start, hits) values (?, ?, ?, 1)
            on conflict (kind, subject) do update set
                hits = case when t.window_start <= excluded.window_start - interval '%1$d seconds'
                            then 1 else t.hits + 1 end,
                window_start = case when t.window_start <= excluded.window_start - interval '%1$d seconds'
                                    then excluded.window_start else t.window_start end
            returning hits, window_start
            """;

    private static final String PEEK = "select hits, window_start from registration.request_throttle "
            + "where kind = ? and subject = ? and window_start > ?";

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "registration.throttle.sign-in.per-client", defaultValue = "20/PT15M")
    String signInPerClient;

    @Inject
    @ConfigProperty(name = "registration.throttle.password-reset.per-address", defaultValue = "5/PT1H")
    String resetPerAddress;

    @Inject
    @ConfigProperty(name = "registration.throttle.password-reset.per-client", defaultValue = "20/PT1H")
    String resetPerClient;

    @Inject
    @ConfigProperty(name = "registration.throttle.newsletter.per-address", defaultValue = "5/PT1H")
    String newsletterPerAddress;

    @Inject
    @ConfigProperty(name = "registration.throttle.newsletter.per-client", defaultValue = "20/PT1H")
    String newsletterPerClient;

    /** The rule configured for a kind of request. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ThrottleRule rule(String kind) {
        String setting = switch (kind) {
            case SIGN_IN_PER_CLIENT -> signInPerClient;
            case RESET_PER_ADDRESS -> resetPerAddress;
            case RESET_PER_CLIENT -> resetPerClient;
            case NEWSLETTER_PER_ADDRESS -> newsletterPerAddress;
            case NEWSLETTER_PER_CLIENT -> newsletterPerClient;
            default -> throw new IllegalArgumentException("no throttle " + kind);
        };
        return ThrottleRule.parse(kind, setting);
    }

    /**
     * Counts one request of {@code kind} for {@code subject} (nothing for an unknown subject).
     *
     * @return how long until the next one is accepted, when this one went over the limit
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Duration> count(String kind, String subject, Instant now) {
        ThrottleRule rule = rule(kind);
        if (rule.off() || subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            em.createNativeQuery("delete from registration.request_throttle where kind = ? and window_start < ?")
                    .setParameter(1, kind).setParameter(2, Timestamp.from(now.minus(rule.period())))
                    .executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNT.formatted(rule.period().toSeconds()))
                .setParameter(1, kind)
                .setParameter(2, fingerprint(subject))
                .setParameter(3, Timestamp.from(now))
                .getResultList();
        return overLimit(rule, rows, now);
    }

    /**
     * Whether {@code subject} is over the limit of {@code kind} already, without counting anything. In a short
     * transaction of its own, so the connection goes back to the pool before the caller hashes a password.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Duration> exceeded(String kind, String subject, Instant now) {
        ThrottleRule rule = rule(kind);
        if (rule.off() || subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PEEK)
                .setParameter(1, kind)
                .setParameter(2, fingerprint(subject))
                .setParameter(3, Timestamp.from(now.minus(rule.period())))
                .getResultList();
        return rows.isEmpty() || ((Number) rows.get(0)[0]).intValue() < rule.limit() ? Optional.empty()
                : Optional.of(wait(rule, rows.get(0)[1], now));
    }

    private static Optional<Duration> overLimit(ThrottleRule rule, List<Object[]> rows, Instant now) {
        Object[] row = rows.get(0);
        return ((Number) row[0]).intValue() <= rule.limit() ? Optional.empty() : Optional.of(wait(rule, row[1], now));
    }

    private static Duration wait(ThrottleRule rule, Object windowStart, Instant now) {
        Instant start = windowStart instanceof Timestamp t ? t.toInstant()
                : windowStart instanceof OffsetDateTime o ? o.toInstant() : (Instant) windowStart;
        return Duration.between(now, start.plus(rule.period()));
    }

    /** Addresses and client IPs are kept only as their SHA-256. */
    private static String fingerprint(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(subject.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

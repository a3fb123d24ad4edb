package nl.arbeidsmigratie.regie.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HMAC that seals the head of the audit chain. Its key comes from configuration ({@code PLATFORM_AUDIT_KEY}),
 * never from the database, so whoever can rewrite the tables still cannot seal a shortened or recomputed chain.
 */
@ApplicationScoped
public class AuditSeal {

    /** Shorter keys are refused: the seal is only as strong as a key nobody can guess. */
    public static final int MIN_KEY_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "platform.audit.key")
    Optional<String> key;

    /** Why the application cannot run with the configured key, or empty when it can. */
    public Optional<String> keyProblem() {
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.of("Set PLATFORM_AUDIT_KEY (at least " + MIN_KEY_LENGTH + " characters, kept outside the "
                    + "database): it seals the audit trail so that a shortened or rewritten trail is detected.");
        }
        if (key.get().strip().length() < MIN_KEY_LENGTH) {
            return Optional.of("PLATFORM_AUDIT_KEY is too short: use at least " + MIN_KEY_LENGTH + " characters.");
        }
        return Optional.empty();
    }

    public String seal(long entries, long headId, String headHash) {
        String problem = keyProblem().orElse(null);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get().strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String content = entries + ":" + headId + ":" + headHash.length() + ":" + headHash;
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Compared in constant time, so the seal cannot be guessed byte by byte. */
    public boolean matches(long entries, long headId, String headHash, String mac) {
        return MessageDigest.isEqual(seal(entries, headId, headHash).getBytes(StandardCharsets.US_ASCII),
                mac.getBytes(StandardCharsets.US_ASCII));
    }
}

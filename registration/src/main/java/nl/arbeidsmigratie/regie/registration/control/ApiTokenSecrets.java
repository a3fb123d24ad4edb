package nl.arbeidsmigratie.regie.registration.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of personal API tokens: {@code regie_} and 32 random bytes in base64url (no padding), so a
 * token is recognisable in a log or a secret scanner. Only {@link #hash} of it is ever stored.
 */
public final class ApiTokenSecrets {

    public static final String PREFIX = "regie_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern RANDOM_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern SHAPE = Pattern.compile(PREFIX + RANDOM_SHAPE.pattern());

    private ApiTokenSecrets() {
    }

    public static String generate() {
        return PREFIX + random();
    }

    /** 32 random bytes in base64url without padding: 43 characters. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} could be one of {@link #random()}'s values; anything else is not looked up. */
    public static boolean wellFormedRandom(String candidate) {
        return candidate != null && RANDOM_SHAPE.matcher(candidate).matches();
    }

    /** Whether {@code candidate} could be a secret at all; anything else is refused without a lookup. */
    public static boolean wellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    /** SHA-256 of the secret, lower-case hex: what the database holds. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

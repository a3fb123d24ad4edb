package nl.arbeidsmigratie.regie.registration.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * PBKDF2-SHA256 with 210,000 iterations (OWASP 2023), far above the Jakarta default of 2,048. The iteration
 * count is stored in each hash, so raising it later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 32;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Compared against when the account does not exist, so both answers take equally long. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
        // Random salt and key in the stored form (algorithm:iterations:salt:key): a check against it costs what a
        // check against a real hash costs, without hashing at all here, on the first sign-in after a start.
        decoy = ALGORITHM + ":" + ITERATIONS + ":" + randomBase64(SALT_BYTES) + ":" + randomBase64(KEY_BYTES);
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    public void spendTimeOfOneCheck(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}

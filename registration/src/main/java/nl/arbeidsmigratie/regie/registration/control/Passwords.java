package nl.arbeidsmigratie.regie.registration.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-SHA256 with 210,000 iterations (OWASP 2023), far above the Jakarta default of 2,048. The iteration
 * count is stored in each hash, so raising it later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Compared against when the account does not exist, so both answers take equally long. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy password never used".toCharArray());
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

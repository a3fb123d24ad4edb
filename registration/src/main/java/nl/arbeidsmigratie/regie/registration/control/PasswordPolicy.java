package nl.arbeidsmigratie.regie.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;

/**
 * What a password must be: at least {@link Passwords#MIN_LENGTH} characters and not one attackers try first.
 * Length beats composition rules (NIST SP 800-63B), so there is no "one digit, one capital" rule; instead the
 * password is compared with a list of common ones shipped with this module, and one made of only a few
 * different characters ("aaaaaaaaaaaa", "121212121212") counts as common too, as does a common one with digits or
 * signs added ("wachtwoord12"), and one made from the account's own address.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** Long enough for any passphrase, short enough that hashing it stays cheap. */
    public static final int MAX_LENGTH = 200;

    private static final String COMMON_PASSWORDS = "/nl/arbeidsmigratie/regie/registration/common-passwords.txt";
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final Pattern TRAILING_ADDITIONS = Pattern.compile("[0-9!?.,#@$%&*_+=-]+$");

    private final Set<String> common;

    public PasswordPolicy() {
        common = load();
    }

    /**
     * As {@link #check(String, String)}, and refuses a password built from the account's own address, which is the
     * first thing anyone who knows the address tries.
     */
    public void check(String field, String password, String email) {
        check(field, password);
        String normalised = password.strip().toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        if (!address.isEmpty() && (normalised.contains(address) || localPart.length() >= 4
                && normalised.contains(localPart))) {
            throw new InvalidInputException(field, "error.password.personal", "made of the account's address");
        }
    }

    /** Refuses an unacceptable password with a message key for {@code field}; accepts it silently. */
    public void check(String field, String password) {
        String candidate = password == null ? "" : password;
        // characters as a person counts them (an emoji is one); spaces around the rest make it no harder to guess
        String inner = candidate.strip();
        if (inner.codePointCount(0, inner.length()) < Passwords.MIN_LENGTH) {
            throw new InvalidInputException(field, "error.password.too-short", "shorter than " + Passwords.MIN_LENGTH);
        }
        if (candidate.codePointCount(0, candidate.length()) > MAX_LENGTH) {
            throw new TextTooLongException(field, "error.password.too-long", MAX_LENGTH);
        }
        String normalised = candidate.strip().toLowerCase(Locale.ROOT);
        // "wachtwoord12" and "welkom2026!" are a common word with what people add when told to
        String stem = TRAILING_ADDITIONS.matcher(normalised).replaceFirst("");
        if (common.contains(normalised) || common.contains(stem)
                || normalised.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            throw new InvalidInputException(field, "error.password.common", "a commonly used password");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the registration module");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

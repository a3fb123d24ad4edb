package nl.arbeidsmigratie.regie.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for mails, always under the configured {@code regie.base-url} ({@code REGIE_BASE_URL}). They
 * are never built from the request: its {@code Host} header is the sender's to choose, and a reset link
 * pointing to a forged host would hand its token to whoever forged it. Without a valid base URL the
 * application does not start (see {@code boundary.PublicLinksCheck}).
 */
@ApplicationScoped
public class PublicLinks {

    public static final String KEY = "regie.base-url";

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> configured;

    /** {@code path} starts with a slash, e.g. {@code /activate.xhtml?token=…}. */
    public String to(String path) {
        return base() + path;
    }

    /** The configured base URL without a trailing slash; refused with what to set when missing or malformed. */
    public String base() {
        return validBase(configured);
    }

    static String validBase(Optional<String> value) {
        String base = value.map(String::strip).orElse("");
        if (base.isEmpty()) {
            throw new IllegalStateException("REGIE_BASE_URL is not set. Set it to the address users reach the "
                    + "application at, such as https://regie.example.nl/; links in mails are built only from it.");
        }
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw malformed(base, "it is not a valid address (" + e.getReason() + ")");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw malformed(base, "it must start with https:// or http://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw malformed(base, "it names no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw malformed(base, "it may not contain a user name, a query (?) or a fragment (#)");
        }
        return base.replaceAll("/+$", "");
    }

    private static IllegalStateException malformed(String base, String reason) {
        return new IllegalStateException("REGIE_BASE_URL '" + base + "' cannot be used: " + reason
                + ". Set it to the address users reach the application at, such as https://regie.example.nl/.");
    }
}

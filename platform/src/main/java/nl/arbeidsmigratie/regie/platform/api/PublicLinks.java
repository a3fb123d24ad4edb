package nl.arbeidsmigratie.regie.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for mails. {@code regie.base-url} ({@code REGIE_BASE_URL}) wins, as it must behind a proxy;
 * without it the link starts where the current request came in.
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "regie.base-url")
    Optional<String> configured;

    @Inject
    Instance<HttpServletRequest> request;

    /** {@code path} starts with a slash, e.g. {@code /activate.xhtml?token=…}. */
    public String to(String path) {
        return configured.map(base -> base.replaceAll("/+$", "")).orElseGet(this::requestBase) + path;
    }

    private String requestBase() {
        try {
            HttpServletRequest current = request.get();
            String scheme = current.getScheme();
            int port = current.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + current.getServerName() + (defaultPort ? "" : ":" + port) + current.getContextPath();
        } catch (RuntimeException noRequest) {
            return "http://localhost:8080";
        }
    }
}

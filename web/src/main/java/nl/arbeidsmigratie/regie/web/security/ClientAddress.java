package nl.arbeidsmigratie.regie.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, for throttling sign-ins, reset and newsletter requests. It is
 * the connection's remote address unless {@code regie.client-address.header} names a header that a proxy in
 * front of the application sets (e.g. {@code X-Forwarded-For}); then the last address in that header, the one
 * the proxy itself added, is used. Without that setting every such header is ignored, so a client cannot
 * choose its own address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "regie.client-address.header")
    Optional<String> trustedHeader;

    public String of(HttpServletRequest request) {
        if (trustedHeader.isPresent() && !trustedHeader.get().isBlank()) {
            String forwarded = request.getHeader(trustedHeader.get().strip());
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 100) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }
}

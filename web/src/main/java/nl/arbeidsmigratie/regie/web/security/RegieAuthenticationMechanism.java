package nl.arbeidsmigratie.regie.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import nl.arbeidsmigratie.regie.platform.api.TooManyRequestsException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.LoginResult;

/**
 * Signs people in against the registration module. The login page hands over credentials through
 * {@code SecurityContext.authenticate}; API clients send HTTP Basic. Unauthenticated page requests are sent
 * to the login page, unauthenticated API requests get 401 with a problem document.
 */
@ApplicationScoped
@AutoApplySession
public class RegieAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page why a sign-in was refused. */
    public static final String OUTCOME = "regie.login.outcome";

    /** Request attribute with the minutes to wait when sign-ins from this client are throttled. */
    public static final String RETRY_MINUTES = "regie.login.retry-minutes";

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(form.getCaller(), form.getPasswordAsString(), request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(authorization.substring(6).strip());
            AuthenticationStatus status = pair == null ? AuthenticationStatus.SEND_FAILURE
                    : signIn(pair[0], pair[1], request, context);
            return status == AuthenticationStatus.SUCCESS ? status : unauthorized(response, context,
                    "Wrong email address or password, or too many failed attempts: after ten an account is locked "
                            + "for 15 minutes.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, context, "Sign in with HTTP Basic authentication.");
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    private AuthenticationStatus signIn(String email, String password, HttpServletRequest request,
                                        HttpMessageContext context) {
        LoginResult result = accounts.login(email, password, clientAddress.of(request));
        request.setAttribute(OUTCOME, result.outcome());
        if (result.retryAfter() != null) {
            request.setAttribute(RETRY_MINUTES, TooManyRequestsException.minutes(result.retryAfter()));
        }
        if (!result.signedIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result.account().email(), Set.of(result.account().role().name()));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Arbeidsmigratie Regie\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("detail", detail)
                    .build().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}

package nl.arbeidsmigratie.regie.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.ApiCaller;
import nl.arbeidsmigratie.regie.registration.api.ApiTokens;
import nl.arbeidsmigratie.regie.platform.api.TooManyRequestsException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.LoginResult;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;
import nl.arbeidsmigratie.regie.web.rest.Problem;

/**
 * Two doors, never mixed. Pages: the login page hands over credentials through
 * {@code SecurityContext.authenticate}; the sign-in is remembered in the HTTP session (whose id changes at
 * sign-in) together with the account's credentials generation, and re-applied on every later page request
 * after one query confirms that generation is still the account's. Once the password was changed or reset
 * elsewhere, or the account deactivated, the session is ended and the request treated as anonymous, on every
 * instance alike (nothing is kept in memory); the login page then tells a deactivated person so. Unauthenticated requests for protected pages are sent to the login
 * page. The REST API under {@code /api}: only a personal API token ({@code Authorization: Bearer regie_…})
 * lets a client in; the session cookie is not even looked at there, so a signed-in browser cannot be made to
 * call the API from another site. No password is checked per API request and nothing is written per request
 * (registration notes the first use and, at most once a minute, the last).
 */
@ApplicationScoped
public class RegieAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page why a sign-in was refused. */
    public static final String OUTCOME = "regie.login.outcome";

    /** Request attribute with the minutes to wait when sign-ins from this client are throttled. */
    public static final String RETRY_MINUTES = "regie.login.retry-minutes";

    /** Session attribute holding the page sign-in. */
    static final String SIGNED_IN = "regie.signed-in";

    /** Request attribute: this request's session sign-in was checked against the database already. */
    private static final String CHECKED = "regie.signed-in.checked";

    private static final String REALM = "Bearer realm=\"Arbeidsmigratie Regie\"";

    /** The cookie by which a browser an account signed in with before is known at its next sign-in. */
    static final String DEVICE_COOKIE = "regie-device";

    /** How long a browser stays known without signing in: half a year. */
    private static final int DEVICE_COOKIE_SECONDS = 183 * 24 * 60 * 60;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    ClientAddress clientAddress;

    /**
     * Who signed in on the sign-in page, kept in the session; serialisable for session replication.
     * {@code credentials} is the account's credentials generation at sign-in (or at its own password change).
     */
    record SignedIn(String name, List<String> groups, long accountId, long credentials) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return bearer(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(form.getCaller(), form.getPasswordAsString(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        boolean deactivated = false;
        boolean ended = false;
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            if (stillValid(request, signedIn)) {
                return context.notifyContainerAboutLogin(signedIn.name(), Set.copyOf(signedIn.groups()));
            }
            deactivated = accounts.deactivated(signedIn.accountId());
            ended = true;
            invalidate(session);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLogin(request, response, context, deactivated, ended);
    }

    /**
     * Sends the browser to the login page. A Faces ajax request gets a partial response that tells the page to go
     * there: a plain redirect would be followed inside the XMLHttpRequest and leave the page as it was, so a page
     * left open in a session that has ended would seem to ignore every click.
     */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, boolean deactivated, boolean ended) {
        SecurityHeadersFilter.addTo(request, response);
        // a person whose account was deactivated while signed in is told so, rather than left to wonder, and one
        // whose session was ended elsewhere (a new password, another role) that it ended, also on a page opened anew
        String login = request.getContextPath() + "/login.xhtml"
                + (deactivated ? "?ended=deactivated" : ended ? "?ended=1" : "");
        String and = deactivated || ended ? "&" : "?";
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A page opened by its address comes back after the sign-in; the login page checks it is ours.
            return context.redirect("GET".equals(request.getMethod()) ? login + and + "next=" + URLEncoder.encode(
                    pageOf(request), StandardCharsets.UTF_8) : login);
        }
        // the page the request came from comes back after the sign-in, as one opened by its address does; the login
        // page says the session ended
        String back = pageSentFrom(request);
        String target = (deactivated || ended ? login : login + "?ended=1")
                + (back == null ? "" : "&next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Keeps the session of the request that just changed its own password signed in, under the account's new
     * credentials generation; every other session of the account ends at its next request.
     */
    public static void renewCredentials(HttpServletRequest request, long credentials) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            session.setAttribute(SIGNED_IN,
                    new SignedIn(signedIn.name(), signedIn.groups(), signedIn.accountId(), credentials));
            request.setAttribute(CHECKED, Boolean.TRUE);
        }
    }

    /** One query per request at most, however often the container asks. */
    private boolean stillValid(HttpServletRequest request, SignedIn signedIn) {
        if (request.getAttribute(CHECKED) != null) {
            return true;
        }
        boolean current = accounts.credentialsCurrent(signedIn.accountId(), signedIn.credentials());
        if (current) {
            request.setAttribute(CHECKED, Boolean.TRUE);
        }
        return current;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile by another request of the same session
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signIn(String email, String password, HttpServletRequest request,
                                        HttpServletResponse response, HttpMessageContext context) {
        LoginResult result = accounts.login(email, password, clientAddress.of(request), device(request));
        request.setAttribute(OUTCOME, result.outcome());
        if (result.retryAfter() != null) {
            request.setAttribute(RETRY_MINUTES, TooManyRequestsException.minutes(result.retryAfter()));
        }
        if (!result.signedIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.device() != null) {
            Cookie device = new Cookie(DEVICE_COOKIE, result.device());
            device.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            device.setMaxAge(DEVICE_COOKIE_SECONDS);
            device.setHttpOnly(true);
            device.setSecure(request.isSecure());
            device.setAttribute("SameSite", "Lax");
            response.addCookie(device);
        }
        SignedIn signedIn = new SignedIn(result.account().email(), List.of(result.account().role().name()),
                result.account().id(), result.credentials());
        request.getSession().setAttribute(SIGNED_IN, signedIn);
        request.setAttribute(CHECKED, Boolean.TRUE);
        return context.notifyContainerAboutLogin(signedIn.name(), Set.copyOf(signedIn.groups()));
    }

    /** The API: a valid bearer token or 401; an unknown, expired or revoked token gets the very same 401. */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if (Collections.list(request.getHeaders("Authorization")).size() > 1) {
            // which of two credentials counts is a guess a proxy and the application could make differently
            return unauthorized(request, response, REALM + ", error=\"invalid_request\"", "error.api.authorization.twice",
                    "Send one Authorization header, not several.");
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorized(request, response, REALM);
        }
        Optional<ApiCaller> caller = tokens.authenticate(authorization.substring(7).strip());
        if (caller.isEmpty()) {
            return unauthorized(request, response, REALM + ", error=\"invalid_token\"");
        }
        return context.notifyContainerAboutLogin(caller.get().email(), Set.of(caller.get().role().name()));
    }

    /** The token of the browser's device cookie, or null. */
    private static String device(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    /** The page of this application an ajax request was sent from (its {@code Referer}), or null. */
    private static String pageSentFrom(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = new URI(referer);
            String path = from.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(from.getHost()) || path == null
                    || !path.startsWith(request.getContextPath() + "/app/")) {
                return null;
            }
            String page = path.substring(request.getContextPath().length());
            return from.getRawQuery() == null ? page : page + "?" + from.getRawQuery();
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }

    private static String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String challenge) {
        return unauthorized(request, response, challenge, "error.api.unauthorized",
                "Send a valid personal API token: Authorization: Bearer <token>. Create one on your profile page.");
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String challenge, String key, String english) {
        try {
            SecurityHeadersFilter.addTo(request, response);
            response.setHeader("WWW-Authenticate", challenge);
            Problem.write(response, Response.Status.UNAUTHORIZED, CallerLanguage.of(request).text(key, english));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}

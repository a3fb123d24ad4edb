package nl.arbeidsmigratie.regie.web.registration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.TooManyRequestsException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import nl.arbeidsmigratie.regie.web.security.RegieAuthenticationMechanism;
import org.omnifaces.util.Messages;

/**
 * The login page: hands the credentials to Jakarta Security and explains a refusal. After signing in it goes back
 * to the page named by {@code next} (the public page one came from, or the page that asked for a sign-in), but
 * only to a page of this application: anything else, such as another site's address, leads home.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    FacesContext faces;

    @Inject
    Accounts accounts;

    @Inject
    LanguageBacking language;

    /**
     * A page of this application with the query it was asked with: a dashboard's moment holds {@code :}, a search's
     * space is {@code +}; no line breaks, quotes or other hosts can be in it. A file to download is no page to come
     * back to: the browser would stay on the sign-in page while it saves it.
     */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/[A-Za-z0-9_/-]+\\.xhtml(\\?[A-Za-z0-9_=&%.~+:,-]*)?");

    private static final String HOME = "/app/home.xhtml";

    private String email;
    private String next;
    private String password;

    public String login() throws IOException {
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(email, password)).newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id after login: an id planted before it is worthless (session fixation).
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            accounts.current().ifPresent(account -> language.useOwn(account.preferredLanguage()));
            faces.getExternalContext().redirect(request.getContextPath() + returnPage(next));
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (request.getAttribute(RegieAuthenticationMechanism.RETRY_MINUTES) instanceof Long minutes) {
            Messages.addGlobalError(TooManyRequestsException.MESSAGE_KEY, minutes);
        } else {
            Messages.addGlobalError("login.failed");
        }
        faces.validationFailed();
        return null;
    }

    /** {@code next} if it names a page of this application, else home. */
    static String returnPage(String next) {
        return next != null && LOCAL_PAGE.matcher(next).matches() && !next.startsWith("//") ? next : HOME;
    }

    /** The page to return to, as asked for in the request that showed the login page. */
    public String getNext() {
        return next == null ? request.getParameter("next") : next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

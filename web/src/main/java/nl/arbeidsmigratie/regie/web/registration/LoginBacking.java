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
import nl.arbeidsmigratie.regie.platform.api.TooManyRequestsException;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.web.faces.LanguageBacking;
import nl.arbeidsmigratie.regie.web.security.RegieAuthenticationMechanism;
import org.omnifaces.util.Messages;

/** The login page: hands the credentials to Jakarta Security and explains a refusal. */
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

    private String email;
    private String password;

    public String login() {
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(email, password)).newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id after login: an id planted before it is worthless (session fixation).
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            accounts.current().ifPresent(account -> language.use(account.preferredLanguage()));
            return "/app/home?faces-redirect=true";
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

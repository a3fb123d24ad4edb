package nl.arbeidsmigratie.regie.web.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.web.faces.FacadeCalls;
import nl.arbeidsmigratie.regie.web.security.ClientAddress;
import org.omnifaces.util.Messages;

/**
 * "Forgot password": asks for a reset link. The answer is the same whether the address has an account or not,
 * so the page never tells who has one.
 */
@Named
@RequestScoped
public class ForgotBacking {

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    private String email;

    public String send() {
        // an address that is none is said at its field, as the sign-in form says it
        boolean sent = FacadeCalls.of(() -> accounts.requestPasswordReset(email, clientAddress.of(request)))
                .fieldsIn("forgot").run();
        if (!sent) {
            return null;
        }
        Messages.addFlashGlobalInfo("forgot.sent");
        return "/forgot?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

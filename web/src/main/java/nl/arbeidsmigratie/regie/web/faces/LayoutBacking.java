package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.Role;

/** What the page frame shows: who is signed in, in which role and municipality, and signing out. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private AccountView account;
    private boolean looked;

    public AccountView getAccount() {
        if (!looked) {
            account = request.getUserPrincipal() == null ? null : accounts.current().orElse(null);
            looked = true;
        }
        return account;
    }

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    public boolean isCoordinator() {
        return hasRole(Role.COORDINATOR);
    }

    public boolean isOfficer() {
        return hasRole(Role.OFFICER);
    }

    public boolean isAuditor() {
        return hasRole(Role.AUDITOR);
    }

    private boolean hasRole(Role role) {
        return isSignedIn() && getAccount().role() == role;
    }

    public String logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login?faces-redirect=true";
    }
}

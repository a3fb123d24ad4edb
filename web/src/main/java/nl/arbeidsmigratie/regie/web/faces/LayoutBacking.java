package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.Accounts;
import nl.arbeidsmigratie.regie.registration.api.Role;

/**
 * What the page frame shows: who is signed in, in which role and municipality, the menu for that role, the way
 * back after signing in from a public page, and signing out.
 */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    SiteMenu siteMenu;

    @Inject
    LanguageBacking languages;

    /** Public pages that are no place to come back to: they redeem a link or are about signing in itself. */
    private static final Set<String> NO_RETURN = Set.of("/login.xhtml", "/forgot.xhtml", "/reset.xhtml",
            "/activate.xhtml", "/newsletter-confirm.xhtml", "/unsubscribe.xhtml", "/date-poll.xhtml", "/error.xhtml",
            "/forbidden.xhtml", "/not-found.xhtml");

    private AccountView account;
    private boolean looked;
    private List<SiteMenu.Group> menu;

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

    /** The menu groups this person's role may use. */
    public List<SiteMenu.Group> getMenu() {
        if (menu == null) {
            menu = siteMenu.groupsFor(isSignedIn() ? getAccount().role() : null);
        }
        return menu;
    }

    /** Where the sign-in link brings one back to: this public page, or nothing where returning makes no sense. */
    public String getReturnPath() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (NO_RETURN.contains(viewId)) {
            return null;
        }
        return request.getQueryString() == null ? viewId : viewId + "?" + request.getQueryString();
    }

    /**
     * Signs out, to the sign-in page in the language the person was reading (the new session would start in the
     * browser's).
     */
    public String logout() throws ServletException {
        String language = languages.getLocale().getLanguage();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login?faces-redirect=true&lang=" + language;
    }
}

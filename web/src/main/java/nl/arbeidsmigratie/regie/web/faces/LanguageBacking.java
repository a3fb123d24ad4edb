package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import nl.arbeidsmigratie.regie.registration.api.Accounts;

/**
 * The language of the pages for this visitor: Dutch unless they choose English. A signed-in person's choice is
 * kept with their account, which applies it at their next sign-in.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("nl", "en");

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private Locale locale = Locale.forLanguageTag("nl");

    public Locale getLocale() {
        return locale;
    }

    /** Switches language and shows the same page again (redirect after POST). */
    public String switchTo(String language) {
        use(language);
        if (SUPPORTED.contains(language) && request.getUserPrincipal() != null) {
            FacadeCalls.attempt(() -> accounts.changeLanguage(language));
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    /** Uses {@code language} from now on, as after signing in with the account's preferred language. */
    public void use(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }
}

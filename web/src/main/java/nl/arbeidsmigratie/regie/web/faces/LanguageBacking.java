package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language of the pages for this visitor: Dutch unless they choose English. */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("nl", "en");

    private Locale locale = Locale.forLanguageTag("nl");

    public Locale getLocale() {
        return locale;
    }

    /** Switches language and shows the same page again (redirect after POST). */
    public String switchTo(String language) {
        use(language);
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

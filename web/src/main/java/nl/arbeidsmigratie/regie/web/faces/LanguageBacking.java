package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.registration.api.Accounts;

/**
 * The language of the pages for this visitor: at first the first of Dutch and English their browser asks for
 * (Dutch when it asks for neither), then the one they choose. A signed-in person's choice is kept with their
 * account, which applies it at their next sign-in.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("nl", "en");
    private static final Pattern PARAMETERS = Pattern.compile("[A-Za-z0-9%._~+=&:-]{1,2000}");

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private Locale locale = Locale.forLanguageTag("nl");
    private boolean chosen;
    /** The browser's languages were looked at, or a language was set since: they are not looked at again. */
    private boolean settled;

    /**
     * The language chosen, else the one a link names ({@code ?lang=en}), as the sign-in page does after a session
     * ended: the new session knows nothing of the language the visitor read in.
     */
    public Locale getLocale() {
        String named = request.getParameter("lang");
        if (!chosen && named != null && SUPPORTED.contains(named)) {
            locale = Locale.forLanguageTag(named);
            settled = true;
        } else if (!settled) {
            settled = true;
            browserLanguage().ifPresent(asked -> locale = asked);
        }
        return locale;
    }

    /**
     * Read from the header itself: for one without a language it can use ({@code *}, none at all) the container
     * would answer with its own default locale.
     */
    private Optional<Locale> browserLanguage() {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return MessageTexts.firstKnown(Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0).map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Switches language and shows the same page again (redirect after POST), with the parameters it was opened with
     * ({@code query}, sent by the switch): the token of a mailed link, the edition shown, where to go after signing
     * in. The query only follows this page's own path, and only when it holds nothing but URL-encoded parameters.
     */
    public String switchTo(String language) {
        use(language);
        chosen = true;
        if (SUPPORTED.contains(language) && request.getUserPrincipal() != null) {
            FacadeCalls.attempt(() -> accounts.changeLanguage(language));
        }
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        String query = currentQuery(viewId);
        if (query != null && !query.isEmpty() && PARAMETERS.matcher(query).matches()) {
            try {
                FacesContext.getCurrentInstance().getExternalContext()
                        .redirect(request.getContextPath() + viewId + "?" + query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        return viewId + "?faces-redirect=true";
    }

    /**
     * The page's query as its address bar shows it now, which a page may have changed to name what it shows (the
     * dashboard's filters, fields.js): the address the switch was clicked on, sent by the browser with it; else the
     * query the page was opened with.
     */
    private String currentQuery(String viewId) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = new URI(referer);
                if (request.getServerName().equalsIgnoreCase(page.getHost())
                        && (request.getContextPath() + viewId).equals(page.getRawPath())) {
                    return page.getRawQuery();
                }
            } catch (URISyntaxException unreadable) {
                // the query the page was opened with, as without the header
            }
        }
        return request.getParameter("query");
    }

    /**
     * Uses the signed-in person's own language (their account's, or the one they just chose for it), as a choice: the
     * language a link names no longer overrides it.
     */
    public void useOwn(String language) {
        use(language);
        chosen = SUPPORTED.contains(language);
    }

    /** Uses {@code language} from now on, unless a link or the switch names another ({@link #useOwn} for that). */
    public void use(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            settled = true;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }

    /**
     * A page's own default, such as the language a mail was written in for the link it came with: used unless the
     * visitor chose one with the switch.
     */
    public void offer(String language) {
        if (!chosen) {
            use(language);
        }
    }
}

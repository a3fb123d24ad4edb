package nl.arbeidsmigratie.regie.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;

/**
 * The texts of a problem document in the caller's language: the first of Dutch and English in
 * {@code Accept-Language}, English when it names neither (the API's own language), from the same bundles as the
 * pages, so a refusal reads the same on a page and in the API.
 */
public final class CallerLanguage {

    private final ResourceBundle bundle;
    private final Locale locale;

    private CallerLanguage(Locale locale) {
        this.bundle = ResourceBundle.getBundle(MessageTexts.BUNDLE, locale);
        this.locale = locale;
    }

    /** Dutch or English, as chosen. */
    public Locale locale() {
        return locale;
    }

    public static CallerLanguage of(HttpHeaders headers) {
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            // a header such as "en;q=2" names no language to choose; the answer itself must not fail on it
            acceptable = List.of();
        }
        return new CallerLanguage(chosen(acceptable));
    }

    /** As {@link #of(HttpHeaders)}, for an answer written before JAX-RS takes the request (a refused token). */
    public static CallerLanguage of(HttpServletRequest request) {
        List<Locale> acceptable;
        try {
            acceptable = Collections.list(request.getLocales());
        } catch (RuntimeException malformed) {
            acceptable = List.of();
        }
        return new CallerLanguage(chosen(acceptable));
    }

    /** In {@code language} ("nl" or "en"), known beforehand, such as a subscriber's own. */
    public static CallerLanguage of(String language) {
        return new CallerLanguage(chosen(List.of(Locale.forLanguageTag(language))));
    }

    private static Locale chosen(List<Locale> acceptable) {
        return MessageTexts.firstKnown(acceptable).orElse(Locale.ENGLISH);
    }

    /**
     * The detail of a refusal: for a Dutch caller the pages' words for {@code key}; otherwise the rule's own English
     * {@code english}, which clients have relied on.
     */
    public String detail(String key, String english, Object... arguments) {
        return locale.getLanguage().equals("nl") ? text(key, english, arguments) : english;
    }

    /** The text of {@code key} with its arguments; {@code fallback} when the bundle lacks the key. */
    public String text(String key, String fallback, Object... arguments) {
        if (key == null || !bundle.containsKey(key)) {
            return fallback;
        }
        String pattern = bundle.getString(key);
        // in the caller's language, numbers too: 200.000 for a Dutch caller
        return MessageTexts.format(locale, pattern, arguments);
    }
}

package nl.arbeidsmigratie.regie.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Lets page code add messages by bundle key: {@code Messages.addGlobalError("login.failed")}. */
@ApplicationScoped
public class MessageTexts {

    public static final String BUNDLE = "nl.arbeidsmigratie.regie.web.messages";

    /**
     * The first of the bundles' languages (Dutch, English) among {@code acceptable}, in the caller's order of
     * preference, as a language only.
     */
    public static Optional<Locale> firstKnown(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> l.getLanguage().equals("nl") || l.getLanguage().equals("en"))
                .findFirst().map(l -> Locale.forLanguageTag(l.getLanguage()));
    }

    void installResolver(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Messages.setResolver(MessageTexts::text);
    }

    /** The text of {@code key} in the user's language with its placeholders filled in; a text that is no key as it is. */
    public static String text(String key, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Faces.getLocale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return format(pattern, params);
    }

    /** The message with its placeholders filled in, numbers written as the user's language writes them. */
    public static String format(String pattern, Object... arguments) {
        return format(Faces.getLocale(), pattern, arguments);
    }

    /** As {@link #format(String, Object...)} in {@code locale}; a date as the pages write it (01-03-2025, 1 Mar 2025). */
    public static String format(Locale locale, String pattern, Object... arguments) {
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate date) {
                shown[i] = DutchDates.format(date, locale);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}

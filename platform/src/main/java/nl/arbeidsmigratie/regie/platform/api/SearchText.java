package nl.arbeidsmigratie.regie.platform.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person types in a search field, as a SQL {@code like} pattern that finds it anywhere, in any case. The
 * typed {@code %} and {@code _} match only themselves; queries name {@link #ESCAPE} as the escape character.
 */
public final class SearchText {

    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    /** The pattern for lower-cased values containing {@code typed}; empty when nothing that shows was typed. */
    public static Optional<String> containing(String typed) {
        if (FreeText.blank(typed)) {
            return Optional.empty();
        }
        return Optional.of("%" + literal(typed.strip().toLowerCase(Locale.ROOT)) + "%");
    }

    /** {@code text} as a part of a pattern that matches exactly it. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

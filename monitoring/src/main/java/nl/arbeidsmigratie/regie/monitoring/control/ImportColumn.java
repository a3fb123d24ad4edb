package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * A column of an import file, known by its English and its Dutch name in any case, with spaces, hyphens or points
 * where the names have underscores ("Geopend op", "BAG-id"), as a spreadsheet's headers are written.
 */
public record ImportColumn(String english, String dutch, boolean required) {

    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s._-]+");

    public static ImportColumn required(String english, String dutch) {
        return new ImportColumn(english, dutch, true);
    }

    public static ImportColumn optional(String english, String dutch) {
        return new ImportColumn(english, dutch, false);
    }

    boolean matches(String name) {
        String key = key(name);
        return english.equals(key) || dutch.equals(key);
    }

    boolean matchesDutch(String name) {
        return !dutch.equals(english) && dutch.equals(key(name));
    }

    private static String key(String name) {
        return BETWEEN_WORDS.matcher(FreeText.compared(name)).replaceAll("_");
    }
}

package nl.arbeidsmigratie.regie.platform.api;

import java.text.Normalizer;
import java.util.Locale;

/** Names for files people download, made from what they are about, safe on every system and in every mail. */
public final class FileNames {

    private static final int LONGEST = 80;

    private FileNames() {
    }

    /**
     * {@code text} as lower-case ASCII words joined by hyphens, at most {@value #LONGEST} characters ending with a whole
     * word
     * ("Startbijeenkomst Café" becomes {@code startbijeenkomst-cafe}); {@code otherwise} when nothing of it is left.
     */
    public static String slug(String text, String otherwise) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.isEmpty()) {
            return otherwise;
        }
        if (ascii.length() <= LONGEST) {
            return ascii;
        }
        // cut between words, so no word is left half in the name; one word longer than the limit is cut
        int lastHyphen = ascii.lastIndexOf('-', LONGEST);
        return lastHyphen > 0 ? ascii.substring(0, lastHyphen) : ascii.substring(0, LONGEST);
    }
}

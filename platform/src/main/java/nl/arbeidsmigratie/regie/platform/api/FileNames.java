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
        String ascii = withoutStrokes(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT))
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
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

    /**
     * The Latin letters that no accent taken off makes plain (Łódź, Øresund, Straße), as they are written without
     * their stroke or ligature; dropped, they would leave a name its readers no longer recognise ("odz").
     */
    private static String withoutStrokes(String lower) {
        StringBuilder plain = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ł' -> plain.append('l');
                case 'ø' -> plain.append('o');
                case 'đ', 'ð' -> plain.append('d');
                case 'ı' -> plain.append('i');
                case 'ħ' -> plain.append('h');
                case 'ß' -> plain.append("ss");
                case 'æ' -> plain.append("ae");
                case 'œ' -> plain.append("oe");
                case 'þ' -> plain.append("th");
                default -> plain.append(c);
            }
        }
        return plain.toString();
    }
}

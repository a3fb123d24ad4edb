package nl.arbeidsmigratie.regie.web.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain text cut into its web addresses and the text between them, so a page can make the addresses links while
 * escaping everything as text: a mail shown on a page opens its links as the mail would.
 */
public final class LinkedText {

    /** An http(s) address up to a space, a quote or an angle bracket; a full stop or comma after it ends a sentence. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    /** One part: a web address, or text. */
    public record Part(String text, boolean link) {
    }

    private LinkedText() {
    }

    public static List<Part> of(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        Matcher address = ADDRESS.matcher(text);
        int at = 0;
        while (address.find()) {
            if (address.start() > at) {
                parts.add(new Part(text.substring(at, address.start()), false));
            }
            parts.add(new Part(address.group(), true));
            at = address.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }
}

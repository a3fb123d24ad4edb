package nl.arbeidsmigratie.regie.monitoring.api;

import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * The name an imported file is known by in the import history and in the reason of its corrections. What a browser
 * or client sends is only a hint: control and format characters (categories Cc and Cf, such as a line break or a
 * right-to-left override that would make "exe.csv" read as "vsc.exe") and line and paragraph separators are dropped,
 * a path keeps only its last segment, and a name too long for the history is shortened visibly, keeping its start
 * and its extension around an ellipsis. A name that holds personal data (a BSN, a date of birth, people counted by
 * nationality), which the history would keep for good, is not kept: the file is "upload.csv".
 */
public final class ImportFileName {

    /** The longest name kept, in UTF-16 units, ellipsis included. */
    public static final int LONGEST = 200;

    static final String UNNAMED = "upload.csv";
    private static final String ELLIPSIS = "…";
    private static final int LONGEST_EXTENSION = 10;

    private ImportFileName() {
    }

    /** The clean name for {@code sent}; "upload.csv" when nothing of it is left. */
    public static String of(String sent) {
        if (sent == null) {
            return UNNAMED;
        }
        StringBuilder visible = new StringBuilder(Math.min(sent.length(), 4 * LONGEST));
        sent.codePoints().filter(c -> !invisible(c)).forEach(visible::appendCodePoint);
        String name = visible.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() || FreeText.holdsPersonalData(name) ? UNNAMED : shortened(name);
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String shortened(String name) {
        if (name.length() <= LONGEST) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= LONGEST_EXTENSION ? name.substring(dot) : "";
        int head = LONGEST - ELLIPSIS.length() - extension.length();
        if (Character.isHighSurrogate(name.charAt(head - 1))) {
            head--; // never half a character
        }
        return name.substring(0, head).stripTrailing() + ELLIPSIS + extension;
    }
}

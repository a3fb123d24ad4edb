package nl.arbeidsmigratie.regie.platform.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule every free text obeys before it is stored, whatever its field: no control characters other than tab,
 * line feed and carriage return. PostgreSQL cannot store NUL in text (the write would fail as a server error), and
 * the others (bell, escape sequences) only ever reach a database to disturb the terminals, logs and spreadsheets
 * that later show them. Nor the invisible characters that override the writing direction (embeddings, overrides,
 * isolates): none of the product's languages needs them, and they make text read otherwise than it is stored
 * ("fdp.exe" shown as "exe.pdf"). Nor a citizen service number (BSN): the product stores counts, never people.
 * Everything else, markup and formula-like text included, is text and is stored as sent.
 */
public final class FreeText {

    private FreeText() {
    }

    /** {@code value} unchanged (null stays null), or a refusal naming {@code field} and the first control character. */
    public static String checked(String field, String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    throw new InvalidInputException(field, "error.text.control-character", String.format(
                            "%s contains a control character (U+%04X); only tab and line breaks are allowed", field,
                            (int) c));
                }
                if (c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069') {
                    throw new InvalidInputException(field, "error.text.direction-character", String.format(
                            "%s contains a character overriding the writing direction (U+%04X)", field, (int) c));
                }
            }
            refusePersonalData(field, value);
        }
        return value;
    }

    /**
     * Refuses {@code text} naming {@code field} when it holds what the product never stores of a person: a citizen
     * service number ({@link #holdsCitizenNumber}), a date of birth ("geboren 12-03-1985") or people counted by
     * nationality ("30 Polen", "12 Roemeense werknemers"). A nationality named without counting people ("Poolse
     * uitzendbureaus", "geen registratie van nationaliteit") is text.
     */
    static void refusePersonalData(String field, String text) {
        if (holdsCitizenNumber(text)) {
            throw new InvalidInputException(field, "error.text.bsn",
                    field + " contains a number that is a valid citizen service number (BSN)");
        }
        // the refusal does not quote what it found: a refused import's history keeps its messages
        if (BIRTH_DATE.matcher(text).find()) {
            throw new InvalidInputException(field, "error.text.birth-date", field + " contains a date of birth");
        }
        if (BY_NATIONALITY.matcher(text).find()) {
            throw new InvalidInputException(field, "error.text.nationality", field + " counts people by nationality");
        }
    }

    private static final String DATE = "(?:\\d{1,2}[-./ ]\\d{1,2}[-./ ]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}\\.?\\s+(?:jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\\p{L}*\\.?\\s+\\d{4})";

    private static final Pattern BIRTH_DATE = Pattern.compile("(?iu)(?<!\\p{L})(?:geboren|geb\\.|geboortedatum"
            + "|date of birth|birth ?date|born|d\\.?o\\.?b\\.?)(?:\\s*(?:op|on|:|d\\.d\\.|per))?\\s*" + DATE);

    private static final String NATIONALS = "polen|roemenen|bulgaren|hongaren|litouwers|letten|esten|slowaken"
            + "|tsjechen|portugezen|spanjaarden|kroaten|grieken|italianen|oekra\\u00efners|oekrainers|poles|romanians"
            + "|bulgarians|hungarians|lithuanians|latvians|estonians|slovaks|czechs|spaniards|croats|croatians|greeks"
            + "|italians|ukrainians";

    private static final String ADJECTIVES = "poolse|roemeense|bulgaarse|hongaarse|litouwse|letse|estse|slowaakse"
            + "|tsjechische|portugese|spaanse|kroatische|griekse|italiaanse|oekra\\u00efense|oekraiense|polish|romanian"
            + "|bulgarian|hungarian|lithuanian|latvian|estonian|slovak|czech|portuguese|spanish|croatian|greek|italian"
            + "|ukrainian";

    private static final String PEOPLE = "werknemers?|arbeidsmigranten|migranten|arbeiders|medewerkers|bewoners"
            + "|huurders|personen|mensen|uitzendkrachten|workers|migrants|migrant workers|employees|residents|tenants"
            + "|people|persons";

    /** A number of people and their nationality: "30 Polen", "1.200 Roemeense werknemers", "40 Polish workers". */
    private static final Pattern BY_NATIONALITY = Pattern.compile("(?iu)(?<![\\p{L}\\d])\\d[\\d.,]*\\s+(?:"
            + NATIONALS + "|(?:" + ADJECTIVES + ")\\s+(?:" + PEOPLE + "))(?!\\p{L})");

    /**
     * Whether {@code value} holds a number standing on its own that is a valid BSN: nine digits, also written
     * {@code 1234.56.782}, {@code 1234 56 782} or {@code 123 456 782}, that pass the eleven test. A part of a longer
     * number or of a link is none, nor an amount written with points ({@code 123.456.782}).
     */
    static boolean holdsCitizenNumber(String value) {
        Matcher found = CITIZEN_NUMBER.matcher(value);
        while (found.find()) {
            String digits = found.group().replaceAll("[. ]", "");
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (digits.charAt(i) - '0');
            }
            if ((sum - (digits.charAt(8) - '0')) % 11 == 0 && sum > 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CITIZEN_NUMBER = Pattern.compile(
            "(?<![\\w./=]|\\d[ .-])(?:\\d{9}|\\d{4}([. ])\\d{2}\\1\\d{3}|\\d{3} \\d{3} \\d{3})(?![\\w/]|[ .-]\\d)");

    /**
     * {@code value} with every line break a line feed (null stays null): a text typed on Windows (CR LF) or saved by
     * an old Mac (CR) is the same text as on any other machine, so it matches itself when it comes back.
     */
    public static String lineFeeds(String value) {
        return value == null || value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * As {@link #checked}, for a text that is one line wherever it is shown: a name, a title, a subject; returned with
     * each run of white space (a tab, a non-breaking space) one plain space, none at either end. A line break
     * is refused, as it would start a new line in a mail header, a calendar entry or a CSV row ("Bcc: …"); so is a
     * character that takes no room or shows as blank (zero-width space, soft hyphen, direction mark, Hangul filler),
     * by which two names that look the same would be two ("Haaglanden" twice in a list).
     */
    public static String line(String field, String value) {
        if (value != null && value.chars().anyMatch(FreeText::breaksLine)) {
            throw new InvalidInputException(field, "error.text.line-break", field + " holds a line break");
        }
        if (value != null) {
            value.chars().filter(FreeText::invisible).findFirst().ifPresent(c -> {
                throw new InvalidInputException(field, "error.text.invisible-character", String.format(
                        "%s contains an invisible character (U+%04X)", field, c), String.format("U+%04X", c));
            });
        }
        // a tab or a run of spaces pasted into one line would reach a mail subject or a calendar title as it is; an
        // accent typed as a letter and a mark (as some keyboards and Macs send it) is stored as the one letter it reads
        return value == null ? null : Normalizer.normalize(spaced(checked(field, value)), Normalizer.Form.NFC);
    }

    /**
     * Whether {@code value} shows nothing: null, or only spaces of any kind (a non-breaking one too), characters
     * that take no room (a zero-width space, a joiner) and letters that show as blank (a Hangul filler). Such a text fills no required field: a mail would greet
     * nobody, a list would show an empty cell.
     */
    public static boolean blank(String value) {
        return value == null || value.codePoints().allMatch(FreeText::empty);
    }

    /** Every run of white space, non-breaking spaces included, as one plain space; none at either end. */
    public static String spaced(String text) {
        return ANY_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A text as compared with another, so that two a person reads as the same are equal: in lower case, however
     * spaced ("In  Gebruik" and "in gebruik", a name with a non-breaking space copied from a web page), an accented
     * letter however it was typed (é as one character or as e and its accent).
     */
    public static String compared(String text) {
        return Normalizer.normalize(spaced(text), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static final Pattern ANY_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * How many characters of {@code value} a reader sees: without those that take no room, a run of spaces of any
     * kind (line breaks too) counting as one, and none at either end.
     */
    public static int shownLength(String value) {
        if (value == null) {
            return 0;
        }
        int shown = 0;
        boolean space = true;
        int pending = 0;
        for (int c : value.codePoints().toArray()) {
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || blankLetter(c)) {
                pending = space ? pending : 1;
                space = true;
            } else {
                shown += pending + 1;
                pending = 0;
                space = false;
            }
        }
        return shown;
    }

    private static boolean empty(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || blankLetter(c);
    }

    /**
     * Characters that take no room or only look like a space, which no name needs: format characters (soft hyphen,
     * direction marks, zero-width space, byte order mark) other than the joiners that scripts and emoji need, the
     * combining grapheme joiner, and the letters and signs that show as blank (Hangul fillers, the blank braille
     * pattern).
     */
    private static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D' || c == '\u034F'
                || blankLetter(c);
    }

    /** Hangul fillers and the blank braille pattern: letters and signs by their category, shown as nothing. */
    private static boolean blankLetter(int c) {
        return c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0' || c == '\u2800';
    }

    /** Line feed, carriage return, vertical tab, form feed, next line and the Unicode line and paragraph separators. */
    private static boolean breaksLine(int c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}

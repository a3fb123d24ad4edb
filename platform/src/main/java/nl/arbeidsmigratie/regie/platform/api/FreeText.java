package nl.arbeidsmigratie.regie.platform.api;

import java.text.Normalizer;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
     * service number ({@link #holdsCitizenNumber}), a date of birth ("geboren 12-03-1985", "geb. datum 3 maart 1990")
     * or people counted by nationality ("30 Polen", "12 Roemeense werknemers", "Polen: 30"). A nationality named
     * without counting people ("Poolse uitzendbureaus", "sinds 2019 Poolse werknemers") is text, and so is a date
     * after a birth's words that no worker was born on ("Born 12-03-2025", a village). Read as it shows: any space,
     * an accent typed as its own mark.
     */
    static void refusePersonalData(String field, String text) {
        // the refusal does not quote what it found: a refused import's history keeps its messages
        switch (personalData(text)) {
            case CITIZEN_NUMBER -> throw new InvalidInputException(field, "error.text.bsn",
                    field + " contains a number that is a valid citizen service number (BSN)");
            case BIRTH_DATE -> throw new InvalidInputException(field, "error.text.birth-date",
                    field + " contains a date of birth");
            case NATIONALITY -> throw new InvalidInputException(field, "error.text.nationality",
                    field + " counts people by nationality");
            case NONE -> {
            }
        }
    }

    /** Whether {@code text} holds what {@link #refusePersonalData} refuses. */
    public static boolean holdsPersonalData(String text) {
        return personalData(text) != PersonalData.NONE;
    }

    private enum PersonalData { NONE, CITIZEN_NUMBER, BIRTH_DATE, NATIONALITY }

    private static PersonalData personalData(String text) {
        if (holdsCitizenNumber(text)) {
            return PersonalData.CITIZEN_NUMBER;
        }
        String shown = Normalizer.normalize(text, Normalizer.Form.NFC);
        return holdsBirthDate(shown) ? PersonalData.BIRTH_DATE
                : BY_NATIONALITY.matcher(shown).find() ? PersonalData.NATIONALITY : PersonalData.NONE;
    }

    /**
     * Whether a birth's words are followed, on the same line, by a date or year at least {@value #YOUNGEST} years ago;
     * a year in two digits is of this century up to this year ("12-03-25" is recent, "12-03-85" is not).
     */
    private static boolean holdsBirthDate(String text) {
        Matcher found = BIRTH_DATE.matcher(text);
        int thisYear = Year.now().getValue();
        while (found.find()) {
            int year = Integer.parseInt(Stream.of("year", "first", "named", "american", "only").map(found::group)
                    .filter(Objects::nonNull).findFirst().orElseThrow().replace("'", ""));
            if (year < 100) {
                year += year <= thisYear % 100 ? thisYear / 100 * 100 : thisYear / 100 * 100 - 100;
            }
            if (year <= thisYear - YOUNGEST) {
                return true;
            }
        }
        return false;
    }

    /** Younger than this no one is housed as a worker; a date since then is no birth date (an opening, a meeting). */
    private static final int YOUNGEST = 14;

    /* Words on one line are apart by spaces of any kind but a line break: a paragraph, heading or list item of a
       chapter is a line of its own, and its last word does not run into the next one's first. */
    private static final String MONTH = "(?:jan|feb|maa|mar|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\\p{L}*\\.?";

    private static final String DATE = "(?:\\d{1,2}[-./ ]\\d{1,2}[-./ ](?<year>\\d{4}|\\d{2})(?!\\d)"
            + "|(?<first>\\d{4})-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th|e)?\\.?\\h+" + MONTH + ",?\\h+(?<named>\\d{4}|'\\d{2})(?!\\d)"
            + "|" + MONTH + "\\h+\\d{1,2}(?:st|nd|rd|th)?,?\\h+(?<american>\\d{4})"
            + "|(?<![\\d-])(?<only>(?:19|20)\\d\\d)(?![\\d-]))";

    /** A birth's words, then on the same line, after a few words at most ("te Krakau op"), a date or a year. */
    private static final Pattern BIRTH_DATE = Pattern.compile("(?iU)(?<!\\p{L})(?:geboren|geboortedatum"
            + "|geboortejaar|geboorte\\h*datum|geb\\.?\\h*datum|geb\\.?|date\\h+of\\h+birth|year\\h+of\\h+birth"
            + "|birth\\h*date|birthday|born|d\\.?o\\.?b\\.?)(?!\\p{L})[^\\d\\n\\r]{0,40}?" + DATE);

    /* Only words that name people of a nationality: not "poles" or "maltese", which English uses for much else. */
    private static final String NATIONALS = "polen|roemenen|roemeen|bulgaren|bulgaar|hongaren|hongaar|litouwers"
            + "|litouwer|letten|esten|slowaken|slowaak|tsjechen|tsjech|portugezen|portugees|spanjaarden|spanjaard"
            + "|kroaten|kroaat|grieken|griek|italianen|italiaan|oekra\\u00efners|oekra\\u00efner|oekrainers"
            + "|duitsers|duitser|fransen|fransman|belgen|belg|slovenen|sloveen|moldavi\\u00ebrs|moldaviers|oostenrijkers"
            + "|denen|finnen|ieren|luxemburgers|maltezen|cyprioten|nederlanders|turken|marokkanen|romanians"
            + "|bulgarians|hungarians|lithuanians|latvians|estonians|slovaks|czechs|spaniards|croats|croatians|greeks"
            + "|italians|ukrainians|germans|belgians|slovenians|moldovans|austrians|finns|cypriots";

    private static final String COUNTRIES = "polen|roemeni\\u00eb|roemenie|bulgarije|hongarije|litouwen|letland|estland"
            + "|slowakije|tsjechi\\u00eb|tsjechie|portugal|spanje|kroati\\u00eb|kroatie|griekenland|itali\\u00eb|italie"
            + "|oekra\\u00efne|oekraine|duitsland|frankrijk|belgi\\u00eb|belgie|sloveni\\u00eb|slovenie|moldavi\\u00eb"
            + "|moldavie|turkije|marokko|poland|romania|bulgaria|hungary|lithuania|latvia|estonia|slovakia|czechia"
            + "|portugal|spain|croatia|greece|italy|ukraine|germany|france|belgium|slovenia|moldova|turkey|morocco";

    private static final String ADJECTIVES = "poolse|roemeense|bulgaarse|hongaarse|litouwse|letse|estse|slowaakse"
            + "|tsjechische|portugese|spaanse|kroatische|griekse|italiaanse|oekra\\u00efense|oekraiense|duitse|franse"
            + "|belgische|sloveense|moldavische|oostenrijkse|deense|finse|ierse|nederlandse|turkse|marokkaanse|polish"
            + "|romanian|bulgarian|hungarian|lithuanian|latvian|estonian|slovak|czech|portuguese|spanish|croatian"
            + "|greek|italian|ukrainian|german|french|belgian|slovenian|moldovan|austrian|danish|finnish|irish|dutch";

    /*
     * A nationality's own word, which Dutch uses for people of it too ("3000 Pools"); English its adjective ("3000
     * Polish"). Not "frans", a first name, nor "nederlands" or "dutch", whole words of a Dutch text ("Nederlands 2").
     */
    private static final String NATIONALITY = "pools|roemeens|bulgaars|hongaars|litouws|lets|ests|slowaaks"
            + "|tsjechisch|portugees|spaans|kroatisch|grieks|italiaans|oekra\\u00efens|oekraiens|duits|belgisch"
            + "|sloveens|moldavisch|oostenrijks|turks|marokkaans|polish|romanian|bulgarian|hungarian|lithuanian"
            + "|latvian|estonian|slovak|czech|portuguese|spanish|croatian|italian|ukrainian|slovenian|moldovan";

    private static final String PEOPLE = "werknemers?|werkneemsters|arbeidsmigranten|migranten|arbeiders|arbeidsters"
            + "|arbeidskrachten|medewerkers|medewerksters|collega's|collegas|bewoners|bewoonsters|huurders|personen"
            + "|mensen|uitzendkrachten|seizoenwerkers|seizoenarbeiders|seizoenskrachten|mannen|vrouwen|gezinnen"
            + "|kinderen|workers|migrants|migrant\\h+workers|seasonal\\h+workers|employees|residents|tenants|people"
            + "|persons|nationals|men|women|families|children|labourers|laborers|colleagues|inwoners|gasten"
            + "|huishoudens|burgers|werkzoekenden|citizens|guests|households|inhabitants|jobseekers|man|koppen";

    /** One nationality's adjective or several: "Poolse en Roemeense", "Polish, Romanian or Bulgarian". */
    private static final String ADJECTIVE_LIST = "(?:" + ADJECTIVES + ")(?:\\h*(?:,|/|en|and|of|or)\\h*(?:"
            + ADJECTIVES + "))*";

    private static final String NATIONALITY_WORD = "(?:nationaliteit(?:en)?|nationalit(?:y|ies))";

    /** A number said to be about so many: "ca. 3000", "ruim 30". */
    private static final String ABOUT = "(?:(?:ca\\.?|c\\.|circa|ongeveer|ruim|bijna|about|approximately|approx\\.?"
            + "|around|~)\\h*)?";

    private static final String TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig";

    /**
     * A number of people as a figure (not a year: "sinds 2019", "in 2024." at a sentence's end; "2.019" is a number)
     * or in words ("dertig", "tweeëntwintig").
     */
    private static final String NUMBER = "(?:(?<![\\p{L}\\d])(?!(?:19|20)\\d\\d(?!\\d|[.,]\\d))\\d[\\d.,]*"
            + "|(?<!\\p{L})(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:\\u00ebn|en))?(?:" + TENS + ")"
            + "|(?<!\\p{L})(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?(?:honderd|duizend)\\p{L}*"
            + "|(?<!\\p{L})(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|two|three|four"
            + "|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|hundred|thousand))";

    /** A number of people, or a share of them: "40%", "40 procent". */
    private static final String SHARE = NUMBER + "(?:\\h*(?:%|procent|percent))?";

    /**
     * A number that stands for people where a nationality comes before it: at the end of a phrase ("Polen: 30") or
     * before a word for people ("Polen: 30 werknemers"), not before anything else ("Polen 2 weken vakantie").
     */
    private static final String PEOPLE_AFTER = "(?:(?!\\h*\\p{L})|\\h+(?:" + PEOPLE + ")(?!\\p{L}))";

    /**
     * A number of people and their nationality, on one line: "30 Polen", "1.200 Roemeense werknemers", "30 werknemers
     * uit Polen", "30 uit Polen", "30 met de Poolse nationaliteit", "Polen: 30", "Polen 30", "Poolse werknemers - 30",
     * "Romanians (30)".
     */
    private static final Pattern BY_NATIONALITY = Pattern.compile("(?iU)" + SHARE + "\\h+(?:" + NATIONALS
            + "|" + ADJECTIVE_LIST + "\\h+(?:" + PEOPLE + ")|(?:(?:" + PEOPLE + ")\\h+)?(?:uit|from)\\h+(?:"
            + COUNTRIES + ")|(?:(?:" + PEOPLE + ")\\h+)?(?:met\\h+(?:de\\h+)?|(?:with|of)\\h+)?" + ADJECTIVE_LIST
            + "\\h+" + NATIONALITY_WORD + ")(?!\\p{L})|(?<!\\p{L})(?:" + NATIONALS + "|" + ADJECTIVE_LIST + "\\h+(?:"
            + PEOPLE + "|" + NATIONALITY_WORD + "))\\h*[:=(\\u2013\\u2014-]?\\h*" + ABOUT + NUMBER + PEOPLE_AFTER
            // the nationality's own word or adjective: after a number at the end of a phrase ("3000 Pools, 1200
            // Roemeense") or before one it is set apart from ("Pools: 3000"), or after the word nationality
            // ("nationaliteit Pools 3"); and "3000, of whom Polish"
            + "|" + SHARE + "\\h+(?:" + NATIONALITY + "|" + ADJECTIVES + ")(?!\\p{L}|\\h*\\p{L})"
            + "|(?<!\\p{L})(?:" + NATIONALITY_WORD + "\\h*:?\\h*(?:" + NATIONALITY + ")\\h*[:=(\\u2013\\u2014-]?"
            + "|(?:" + NATIONALITY + ")\\h*[:=(\\u2013\\u2014-])\\h*" + ABOUT + NUMBER + PEOPLE_AFTER
            + "|" + NUMBER + ",?\\h+(?:of\\h+whom|van\\h+wie|waarvan)\\h+(?:" + NATIONALITY + "|" + ADJECTIVES + "|"
            + NATIONALS + ")(?!\\p{L})");

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
            firstInvisible(value).ifPresent(c -> {
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

    /**
     * {@code value} without the characters that take no room ({@link #invisible}). Where a value is read as a number,
     * a date, a code or a column's name they mean nothing, and a name's rules refuse them where they would make two
     * names that read the same; pasted from a web page or a document, they would have "15" refused as no number.
     */
    public static String withoutInvisible(String value) {
        if (value == null || value.codePoints().noneMatch(c -> invisible(c) || joining(c))) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(c -> !invisible(c) && !joining(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * The first character of {@code value} that takes no room ({@link #invisible}), or a joiner or variation selector
     * that shapes nothing: beside a plain (ASCII) character, or with nothing to shape. With emoji or letters of scripts
     * that need them ("👩‍💻", "❤️", Persian) they are part of what is written.
     */
    private static OptionalInt firstInvisible(String value) {
        int[] points = value.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            // a variation selector shapes the character before it ("❤️"), a joiner the two it stands between
            boolean stray = c >= '\uFE00' && c <= '\uFE0F' ? i == 0 || points[i - 1] < 0x80
                    : joining(c) && (i == 0 || i == points.length - 1 || points[i - 1] < 0x80 || points[i + 1] < 0x80);
            if (invisible(c) || stray) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
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
                || blankLetter(c) || joining(c);
    }

    /** The joiners and the variation selectors, which shape the characters around them and show nothing of their own. */
    private static boolean joining(int c) {
        return c == '\u200C' || c == '\u200D' || c >= '\uFE00' && c <= '\uFE0F';
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

package nl.arbeidsmigratie.regie.platform.api;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names in the order a Dutch list puts them, whatever the database's collation: by their letters and digits only,
 * so 's-Gravenhage stands among the S's (not before Aa en Hunze), Súdwest-Fryslân among the S's (not after
 * Zwolle), and Bergen (L.) beside Bergen (NH.).
 */
public final class DutchNames {

    /** Letters and digits compared without case or accents; names equal that way keep their own order. */
    public static final Comparator<String> ORDER = Comparator.comparing(DutchNames::sortKey)
            .thenComparing(Comparator.naturalOrder());

    /**
     * The same key in SQL, for lists a database pages: {@code translate(lower(name), FROM, TO)}, which drops
     * whatever in {@link #SQL_FROM} has no counterpart in {@link #SQL_TO}.
     */
    public static final String SQL_FROM = "áàâäãåéèêëíìîïóòôöõúùûüýÿçčćñńšśžźż'’-.(),/& ";
    public static final String SQL_TO = "aaaaaaeeeeiiiiooooouuuuyycccnnsszzz";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DutchNames() {
    }

    public static String sortKey(String name) {
        String letters = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}

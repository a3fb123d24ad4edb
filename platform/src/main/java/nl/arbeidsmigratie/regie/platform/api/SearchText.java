package nl.arbeidsmigratie.regie.platform.api;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person types in a search field, as a SQL {@code like} pattern that finds it anywhere, in any case and with
 * or without accents ("zeeen" finds "Zeeën", "sudwest" "Súdwest-Fryslân"). The typed {@code %} and {@code _} match
 * only themselves; queries name {@link #ESCAPE} as the escape character and compare the pattern with a value
 * {@link #folded(String) folded} the same way in the database.
 */
public final class SearchText {

    public static final char ESCAPE = '\\';

    /** The accented letters folded, lower and upper case (a database in the C locale lowers only A to Z). */
    private static final String ACCENTED;
    /** Each of {@link #ACCENTED}'s letters as a person types it without its accent, in lower case. */
    private static final String PLAIN;

    static {
        String lower = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľłñńņňòóôõöøōŏőŕřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
        ACCENTED = lower + lower.toUpperCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder();
        for (char c : ACCENTED.toLowerCase(Locale.ROOT).toCharArray()) {
            // the letters with a stroke have no decomposition into letter and accent
            plain.append(switch (c) {
                case 'đ' -> 'd';
                case 'ł' -> 'l';
                case 'ø' -> 'o';
                default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            });
        }
        PLAIN = plain.toString();
    }

    private SearchText() {
    }

    /** The pattern for folded values containing {@code typed}; empty when nothing that shows was typed. */
    public static Optional<String> containing(String typed) {
        if (FreeText.blank(typed)) {
            return Optional.empty();
        }
        return Optional.of("%" + literal(fold(typed.strip())) + "%");
    }

    /** {@code text} as a part of a pattern that matches exactly it. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code text} in lower case without the accents of its letters, as the database folds a value. */
    public static String fold(String text) {
        // "Súdwest" typed as u and its accent finds the register's ú
        StringBuilder folded = new StringBuilder(Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT));
        for (int i = 0; i < folded.length(); i++) {
            int accented = ACCENTED.indexOf(folded.charAt(i));
            if (accented >= 0) {
                folded.setCharAt(i, PLAIN.charAt(accented));
            }
        }
        return folded.toString();
    }

    /** The JPQL expression of the text {@code expression} folded, to compare with a {@link #containing} pattern. */
    public static String folded(String expression) {
        return "function('translate', lower(" + expression + "), '" + ACCENTED + "', '" + PLAIN + "')";
    }

    /** As {@link #folded(String)}, for a criteria query. */
    public static Expression<String> folded(CriteriaBuilder cb, Expression<String> expression) {
        return cb.function("translate", String.class, cb.lower(expression), cb.literal(ACCENTED), cb.literal(PLAIN));
    }
}

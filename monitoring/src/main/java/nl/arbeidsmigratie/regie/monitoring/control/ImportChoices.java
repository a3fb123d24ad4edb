package nl.arbeidsmigratie.regie.monitoring.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * The words an import takes for a choice ({@code import_choices.properties}): its code, and the labels the pages
 * show it by in Dutch and English, so a file filled in by looking at the pages is read as meant; a refusal names the
 * choices by those labels, in the language it is read in.
 */
final class ImportChoices {

    private static final Properties WORDS = load();
    /** The key suffixes of a choice's words: none for the Dutch ones, which the Dutch export writes. */
    private static final String DUTCH = "";
    private static final String ENGLISH = ".en";

    private ImportChoices() {
    }

    /** The choice a cell names by code ({@code HOUSING_UNITS}, {@code housing units}) or by one of its words. */
    static <E extends Enum<E>> Optional<E> find(String column, Class<E> type, String value) {
        String typed = FreeText.compared(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))
                    || words(column, constant.name(), DUTCH).contains(typed)
                    || words(column, constant.name(), ENGLISH).contains(typed)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The choices as a Dutch refusal names them, every one, each quoted as a cell may hold it: by its first Dutch
     * word, or its code when it has none.
     */
    static <E extends Enum<E>> String shown(String column, Class<E> type) {
        return listed(column, type, DUTCH, "\u201E%s\u201D");
    }

    /** The same for an English refusal: each choice by the English label the pages show it by. */
    static <E extends Enum<E>> String shownInEnglish(String column, Class<E> type) {
        return listed(column, type, ENGLISH, "\u201C%s\u201D");
    }

    // quoted, as a label may hold a comma of its own ("informal (tents, sheds, cars)")
    private static <E extends Enum<E>> String listed(String column, Class<E> type, String language, String quoted) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(constant -> quoted.formatted(
                words(column, constant.name(), language).stream().findFirst().orElse(constant.name()))).toList());
    }

    /** A choice as a Dutch spreadsheet writes it: its first word, or its code when it has none. */
    static String word(String column, Enum<?> constant) {
        return words(column, constant.name(), DUTCH).stream().findFirst().orElse(constant.name());
    }

    /** The first word of the choice whose code is {@code code}, as {@link #word}, or empty when it has none. */
    static Optional<String> word(String column, String code) {
        return words(column, code, DUTCH).stream().findFirst();
    }

    /**
     * A Dutch word of a choice of {@code column} as an English file writes that choice (its first English word);
     * empty when {@code value} names no choice of the column, or the choice has no English word.
     */
    static Optional<String> inEnglish(String column, String value) {
        String typed = FreeText.compared(value);
        return WORDS.stringPropertyNames().stream().filter(key -> key.startsWith(column + ".") && !key.endsWith(ENGLISH))
                .filter(key -> words(column, key.substring(column.length() + 1), DUTCH).contains(typed)).findFirst()
                .flatMap(key -> words(column, key.substring(column.length() + 1), ENGLISH).stream().findFirst());
    }

    private static List<String> words(String column, String code, String language) {
        String words = WORDS.getProperty(column + "." + code + language);
        return words == null ? List.of() : Arrays.stream(words.split(";")).map(FreeText::compared).toList();
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = ImportChoices.class.getResourceAsStream("import_choices.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}

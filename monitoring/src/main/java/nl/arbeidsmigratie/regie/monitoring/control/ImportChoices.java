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

/**
 * The words an import takes for a choice ({@code import_choices.properties}): its code, and the labels the pages
 * show it by in Dutch and English, so a file filled in by looking at the pages is read as meant.
 */
final class ImportChoices {

    private static final Properties WORDS = load();

    private ImportChoices() {
    }

    /** The choice a cell names by code ({@code HOUSING_UNITS}, {@code housing units}) or by one of its words. */
    static <E extends Enum<E>> Optional<E> find(String column, Class<E> type, String value) {
        String typed = normal(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))
                    || words(column, constant).contains(typed)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The choices as a refusal names them: each by its first word, or its code when it has none. */
    static <E extends Enum<E>> String shown(String column, Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(constant -> words(column, constant).stream().findFirst().orElse(constant.name())).toList());
    }

    /** The choices as an English refusal names them: each by its code in words, which an import also takes. */
    static <E extends Enum<E>> String shownInEnglish(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
    }

    /** A choice as a Dutch spreadsheet writes it: its first word, or its code when it has none. */
    static String word(String column, Enum<?> constant) {
        return words(column, constant).stream().findFirst().orElse(constant.name());
    }

    /** The first word of the choice whose code is {@code code}, as {@link #word}, or empty when it has none. */
    static Optional<String> word(String column, String code) {
        return words(column, code).stream().findFirst();
    }

    private static List<String> words(String column, Enum<?> constant) {
        return words(column, constant.name());
    }

    private static List<String> words(String column, String code) {
        String words = WORDS.getProperty(column + "." + code);
        return words == null ? List.of() : Arrays.stream(words.split(",")).map(ImportChoices::normal).toList();
    }

    /** Lower case with single spaces: "In  Gebruik " is "in gebruik". */
    private static String normal(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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

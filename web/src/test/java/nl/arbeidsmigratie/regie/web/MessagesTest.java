package nl.arbeidsmigratie.regie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Dutch and English are both complete: the same keys, each once, none empty. */
class MessagesTest {

    private static final String BUNDLE = "/nl/arbeidsmigratie/regie/web/messages_%s.properties";

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("nl").stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedTwiceOrLeftEmpty() throws IOException {
        for (String language : List.of("nl", "en")) {
            List<String> keys = new ArrayList<>();
            Set<String> duplicates = new TreeSet<>();
            List<String> empty = new ArrayList<>();
            try (InputStream in = getClass().getResourceAsStream(BUNDLE.formatted(language))) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                        continue;
                    }
                    String key = line.substring(0, line.indexOf('=')).strip();
                    if (keys.contains(key)) {
                        duplicates.add(key);
                    }
                    keys.add(key);
                    if (line.substring(line.indexOf('=') + 1).isBlank()) {
                        empty.add(key);
                    }
                }
            }
            assertThat(duplicates).as("keys defined twice in " + language).isEmpty();
            assertThat(empty).as("empty texts in " + language).isEmpty();
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE.formatted(language))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

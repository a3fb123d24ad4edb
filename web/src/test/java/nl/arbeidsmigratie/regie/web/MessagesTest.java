package nl.arbeidsmigratie.regie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.platform.api.TextTooLongException;
import nl.arbeidsmigratie.regie.web.faces.MessageTexts;
import org.junit.jupiter.api.Test;

/**
 * Dutch and English are both complete: the same keys, each once, none empty, and every key that a page or the
 * code of any module names is there.
 */
class MessagesTest {

    private static final String BUNDLE = "/nl/arbeidsmigratie/regie/web/messages_%s.properties";

    /** The product's sources, seen from web's working directory when Maven runs the tests. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9-]+)+");

    /** {@code #{msg['key']}} and {@code #{msg.key}} in pages; dynamic ones ({@code 'role.'.concat(…)}) end in a dot. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]|msg\\.([A-Za-z][\\w]*)\\b");

    /** Keys handed to OmniFaces' Messages, to a refusal, or to a conflict handler in web's code. */
    private static final Pattern WEB_CODE_KEY = Pattern.compile(
            "(?:Messages\\.add\\w*|onConflict|attempt)\\(([^;]*)");

    /**
     * Keys of broken rules, in every module: {@code new InvalidInputException(field, "key", detail)}, and
     * {@code new TextTooLongException(field, "key", limit)} for a length rule with a message of its own.
     */
    private static final Pattern RULE_KEY = Pattern.compile(
            "new (?:InvalidInputException|TextTooLongException)\\(\\s*[^,]+,\\s*\"([^\"]+)\"");

    /** A length rule written without its limit: a key about a too long text given to a plain refusal. */
    private static final Pattern LENGTH_RULE_WITHOUT_LIMIT = Pattern.compile(
            "new InvalidInputException\\(\\s*[^,]+,\\s*\"[^\"]*too-long[^\"]*\"");
    /** A length rule's message: refused by a {@code TextTooLongException}, or by rich text's limit which makes one. */
    private static final Pattern LENGTH_KEY = Pattern.compile(
            "new TextTooLongException\\(\\s*[^,]+,\\s*\"([^\"]+)\""
                    + "|RichText\\.sanitize\\(\\s*\"[^\"]*\",\\s*\\w+,\\s*\\w+,\\s*\"([^\"]+)\"");

    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    @Test
    void everyKeyUsedInPagesAndCodeExistsInBothLanguages() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).as("keys found in pages and code").hasSizeGreaterThan(300);
        for (String language : List.of("nl", "en")) {
            Set<String> defined = load(language).stringPropertyNames();
            assertThat(used.stream().filter(key -> !defined.contains(key)).sorted().toList())
                    .as("keys used but missing in messages_" + language).isEmpty();
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().contains("/src/main/") && !f.toString().contains("/launcher/")
                            && !f.toString().contains("/bench/"))
                    .toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".xhtml")) {
                    Matcher m = PAGE_KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1) != null ? m.group(1) : m.group(2);
                        if (KEY.matcher(key).matches() || m.group(2) != null) {
                            used.add(key);
                        }
                    }
                } else if (name.endsWith(".java")) {
                    String code = Files.readString(file);
                    Matcher rule = RULE_KEY.matcher(code);
                    while (rule.find()) {
                        used.add(rule.group(1));
                    }
                    if (file.toString().contains("/web/src/")) {
                        Matcher call = WEB_CODE_KEY.matcher(code);
                        while (call.find()) {
                            Matcher literal = LITERAL.matcher(call.group(1));
                            while (literal.find()) {
                                if (KEY.matcher(literal.group(1)).matches() && !literal.group(1).startsWith("nl.")) {
                                    used.add(literal.group(1));
                                }
                            }
                        }
                    }
                }
            }
        }
        return used;
    }

    /**
     * Every length rule carries its field's limit ({@code TextTooLongException}) and every length message says it
     * through a placeholder, so no message can name another limit than the field's (a 300-character field once
     * said "at most 200"). Numbers are written as the language writes them.
     */
    @Test
    void everyLengthMessageNamesTheLimitOfItsField() throws IOException {
        Set<String> lengthKeys = new TreeSet<>(Set.of(TextTooLongException.MESSAGE_KEY));
        List<String> withoutLimit = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().contains("/src/main/") && f.toString().endsWith(".java"))
                    .toList()) {
                String code = Files.readString(file);
                if (LENGTH_RULE_WITHOUT_LIMIT.matcher(code).find()) {
                    withoutLimit.add(file.getFileName().toString());
                }
                Matcher key = LENGTH_KEY.matcher(code);
                while (key.find()) {
                    lengthKeys.add(key.group(1) != null ? key.group(1) : key.group(2));
                }
            }
        }
        assertThat(withoutLimit).as("length rules that do not carry their limit").isEmpty();
        assertThat(lengthKeys).contains("error.password.too-long");
        for (String language : List.of("nl", "en")) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                if (key.endsWith("too-long")) {
                    assertThat(lengthKeys).as("a length message no length rule uses").contains(key);
                }
            }
            for (String key : lengthKeys) {
                assertThat(texts.getProperty(key)).as(key + " in " + language).contains("{0}");
                assertThat(texts.getProperty(key).replace("{0}", "")).as(key + " in " + language)
                        .doesNotContainPattern("\\d");
            }
        }
        Locale dutch = Locale.forLanguageTag("nl");
        assertThat(MessageTexts.format(dutch, load("nl").getProperty(TextTooLongException.MESSAGE_KEY), 4000))
                .isEqualTo("Deze tekst is te lang (hoogstens 4.000 tekens).");
        assertThat(MessageTexts.format(Locale.ENGLISH, load("en").getProperty(TextTooLongException.MESSAGE_KEY), 300))
                .isEqualTo("This text is too long (300 characters at most).");
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("nl").stringPropertyNames());
    }

    @Test
    void everyLabelOfAFrozenFigureInThePdfIsOnThePagesToo() throws IOException {
        Properties pdf = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(
                "strategy/src/main/resources/nl/arbeidsmigratie/regie/strategy/document_pdf_nl.properties"))) {
            pdf.load(in);
        }
        assertThat(load("nl").stringPropertyNames()).containsAll(pdf.stringPropertyNames().stream()
                .filter(key -> key.startsWith("figures.")).toList());
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

    /** Audited actions, as literals given to the audit trail or to a facade's helper that records one. */
    private static final Pattern AUDITED_ACTION = Pattern.compile(
            "\\b(?:record|recordAs|audited|changed|sectionChanged|saved)\\([^;]*?\"((?:[a-z-]+\\.)+[a-z_-]+)\"");

    /** The kinds of record an audit entry is about: {@code "location:" + id}. */
    private static final Pattern AUDITED_TARGET = Pattern.compile("\"([a-z-]+):\" *\\+");

    /**
     * The audit trail names every action and every kind of record in the page's language, as {@code AuditBacking}
     * reads them: the module's kind, then the verb, or the record's kind and the verb ("Strategie · Hoofdstuk ·
     * toegevoegd" for {@code strategy.section.added}).
     */
    @Test
    void everyAuditedActionAndKindOfRecordHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().contains("/src/main/") && f.toString().endsWith(".java")
                    && !f.toString().contains("/web/") && !f.toString().contains("/launcher/")
                    && !f.toString().contains("/bench/")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher target = AUDITED_TARGET.matcher(line);
                    while (target.find() && !line.contains("outbox.enqueue")) {
                        targets.add(target.group(1));
                    }
                }
                Matcher action = AUDITED_ACTION.matcher(Files.readString(file));
                while (action.find()) {
                    actions.add(action.group(1));
                }
            }
        }
        assertThat(actions).as("the scan finds the actions").contains("strategy.section.added", "account.created");
        for (String language : List.of("nl", "en")) {
            Properties bundle = load(language);
            List<String> unnamed = new ArrayList<>();
            for (String action : actions) {
                String kind = action.substring(0, action.indexOf('.'));
                String what = action.substring(action.indexOf('.') + 1);
                int last = what.lastIndexOf('.');
                boolean named = bundle.containsKey("audit.kind." + kind) && (bundle.containsKey("audit.verb." + what)
                        || last > 0 && bundle.containsKey("audit.kind." + what.substring(0, last))
                                && bundle.containsKey("audit.verb." + what.substring(last + 1)));
                if (!named) {
                    unnamed.add(action);
                }
            }
            targets.stream().filter(t -> !bundle.containsKey("audit.kind." + t)).forEach(unnamed::add);
            assertThat(unnamed).as("audit actions and kinds of record without words in " + language).isEmpty();
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

package nl.arbeidsmigratie.regie.web.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JSON-B reads 1.5 into a whole-number field as 1, and 99999999999999999999 as whatever its lowest bits make, without
 * a word. So before a JSON body is bound, every number meant for a whole-number field is checked to be whole and to
 * fit, and otherwise refused naming the field ({@code figures.registeredBrp}, {@code agenda[2].capacity}). The body
 * is small by then ({@link BodyLimit}). So is a text with a NUL character, which the database cannot store, or with
 * half a surrogate pair, text where a number belongs, and a number or true or false where text belongs. A body that is no JSON is refused here, before the binding
 * reads it: not UTF-8, nested beyond what the parser takes, a key twice in one object, or more after the value.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class WholeNumbers implements ReaderInterceptor {

    private static final Map<Class<?>, long[]> RANGES = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

    /** Records nest a few levels at most; deeper JSON is left unchecked rather than walked without end. */
    private static final int DEEPEST = 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length >= UTF8_BOM.length && Arrays.equals(body, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length)) {
            // a byte order mark, as some editors save, is no part of the JSON (RFC 8259 lets a reader ignore it)
            body = Arrays.copyOfRange(body, UTF8_BOM.length, body.length);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        String text;
        try {
            // JSON is UTF-8 (RFC 8259); bytes that are not would be stored as replacement characters, unseen
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new BadParameterException("body", "the body must be JSON in UTF-8 (RFC 8259), whatever charset the "
                    + "Content-Type names", "error.api.body.utf8");
        }
        if (text.isBlank()) {
            return context.proceed();
        }
        JsonValue json;
        try {
            singleValueWithUniqueKeys(text);
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                json = reader.readValue();
            }
        } catch (RuntimeException notJson) {
            // refused here, whatever the parser threw (too deep nesting is a bare RuntimeException): JSON-B,
            // skipping an unknown property whose array never closes, reads on without end
            throw new ProcessingException(new JsonbException("the body is not JSON", notJson));
        }
        check(json, context.getGenericType(), "", 0);
        return context.proceed();
    }

    /**
     * One value and nothing after it ("{…}xyz" or "{…}{…}" is no JSON body, whatever a lenient reader makes of it),
     * and no key twice in one object: which of the two a reader keeps is anybody's guess.
     */
    private static void singleValueWithUniqueKeys(String text) {
        Deque<Set<String>> objects = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case KEY_NAME -> {
                        if (!objects.peek().add(parser.getString())) {
                            throw new DuplicateKey(parser.getString(), parser.getLocation());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** A key given twice in one object, which the refusal names. */
    public static final class DuplicateKey extends JsonParsingException {

        private static final long serialVersionUID = 1L;

        private final String key;

        DuplicateKey(String key, jakarta.json.stream.JsonLocation location) {
            super("the key " + key + " twice", location);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static void check(JsonValue value, Type type, String path, int depth) {
        Class<?> raw = raw(type);
        if (raw == null || depth > DEEPEST) {
            return;
        }
        String name = path.isEmpty() ? "body" : path;
        if (value instanceof JsonString text && text.getString().indexOf('\0') >= 0) {
            // the database stores no text with a NUL, and no client means one: refused where it is, not a 500 later
            throw new BadParameterException(name, name + " contains a control character (U+0000)",
                    "error.api.nul", name);
        }
        if (value instanceof JsonString text && halfAPair(text.getString())) {
            // "\ud800" alone is no character: stored, it would become a question mark
            throw new BadParameterException(name, name + " contains half a surrogate pair, which is no character",
                    "error.api.surrogate", name);
        }
        if (value instanceof JsonString && (Number.class.isAssignableFrom(raw) || RANGES.containsKey(raw)
                || raw == double.class || raw == float.class)) {
            // JSON-B would read "100" as 100: a client sending text for a number has a fault worth hearing about
            throw new BadParameterException(name, name + " must be a number, not text", "error.api.number-as-text",
                    name);
        }
        if (raw == String.class && (value instanceof JsonNumber || value == JsonValue.TRUE
                || value == JsonValue.FALSE)) {
            // JSON-B would store 12345 or true as the text "12345" or "true": the client meant something else
            throw new BadParameterException(name, name + " must be text, in quotes", "error.api.text-expected", name);
        }
        if ((raw == boolean.class || raw == Boolean.class) && value != JsonValue.TRUE && value != JsonValue.FALSE
                && value != JsonValue.NULL) {
            throw new BadParameterException(name, name + " must be true or false", "error.api.boolean-expected",
                    name);
        }
        boolean many = Collection.class.isAssignableFrom(raw) || raw.isArray();
        boolean single = raw.isRecord() || Map.class.isAssignableFrom(raw)
                || !raw.getName().startsWith("java.") && !raw.getName().startsWith("jakarta.") && !raw.isEnum();
        if (value instanceof JsonArray && single) {
            // JSON-B would bind the list's first element alone: a client sending several would lose the rest unheard
            throw new BadParameterException(name, name + " must be one object, not a list", "error.api.one-expected",
                    name);
        }
        if (value instanceof JsonObject && many) {
            throw new BadParameterException(name, name + " must be a list, in [ ]", "error.api.list-expected", name);
        }
        if (value instanceof JsonNumber number && RANGES.containsKey(raw)) {
            checkWhole(number, RANGES.get(raw), name);
        } else if (value instanceof JsonObject object) {
            if (Map.class.isAssignableFrom(raw)) {
                Type values = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
                object.forEach((key, v) -> check(v, values, join(path, key), depth + 1));
            } else if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    check(object.get(component.getName()), component.getGenericType(), join(path, component.getName()),
                            depth + 1);
                }
            } else if (!raw.getName().startsWith("java.")) {
                for (Field field : raw.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        check(object.get(field.getName()), field.getGenericType(), join(path, field.getName()),
                                depth + 1);
                    }
                }
            }
        } else if (value instanceof JsonArray array) {
            Type element = type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw)
                    ? p.getActualTypeArguments()[0]
                    : type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", depth + 1);
            }
        }
    }

    private static void checkWhole(JsonNumber number, long[] range, String field) {
        BigDecimal given = number.bigDecimalValue();
        boolean whole = given.signum() == 0 || given.stripTrailingZeros().scale() <= 0;
        if (!whole || given.compareTo(BigDecimal.valueOf(range[0])) < 0
                || given.compareTo(BigDecimal.valueOf(range[1])) > 0) {
            throw new BadParameterException(field, field + " must be a whole number from " + range[0] + " to "
                    + range[1] + ", not " + abbreviated(given.toString()), "error.api.whole-number", field,
                    range[0], range[1], abbreviated(given.toString()));
        }
    }

    private static boolean halfAPair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviated(String number) {
        return number.length() <= 40 ? number : number.substring(0, 40) + "…";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}

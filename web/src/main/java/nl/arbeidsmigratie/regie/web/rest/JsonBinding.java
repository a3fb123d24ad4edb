package nl.arbeidsmigratie.regie.web.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * The API's JSON binding: JSON-B's defaults, except for a field the body's type does not have, which is refused
 * rather than dropped, so a misspelt field is never silently left unchanged; a value an enum does not have. JSON-B's
 * own answer to that is an internal error that names neither the field nor the values it takes; here it is refused as
 * {@link UnknownEnumValue}, which JSON-B wraps in an error naming the property, so {@link ProblemMappers} can name
 * both; and the serializers of the modules' own answer types (a strategy section's frozen figure, with its words in the
 * caller's language beside its keys), which their web places give as beans.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** Yasson's switch, named by its text so the API needs no compile-time tie to the server's JSON-B. */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static volatile Jsonb jsonb;

    @Override
    public Jsonb getContext(Class<?> type) {
        Jsonb built = jsonb;
        if (built == null) {
            synchronized (JsonBinding.class) {
                built = jsonb;
                if (built == null) {
                    built = JsonbBuilder.create(new JsonbConfig().withDeserializers(new EnumValues())
                            .withSerializers(serializers()).setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));
                    jsonb = built;
                }
            }
        }
        return built;
    }

    /**
     * A body an operation took as text because it may be empty, read as the API reads every body: refused as
     * {@link ProblemMappers.UnreadableBody} refuses one (an empty body is null).
     */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return new JsonBinding().getContext(type).fromJson(body, type);
        } catch (JsonbException e) {
            throw new ProcessingException(e);
        }
    }

    /** The serializers the modules' web places give as beans, so this shared place names none of their types. */
    private static JsonbSerializer<?>[] serializers() {
        return CDI.current().select(new TypeLiteral<JsonbSerializer<?>>() { }).stream()
                .toArray(JsonbSerializer<?>[]::new);
    }

    /** A value of an enum it does not have, with the values it does, in their order. */
    public static final class UnknownEnumValue extends JsonbException {

        private static final long serialVersionUID = 1L;

        private final List<String> allowed;

        UnknownEnumValue(List<String> allowed) {
            super("not one of " + String.join(", ", allowed));
            this.allowed = List.copyOf(allowed);
        }

        public List<String> allowed() {
            return allowed;
        }
    }

    /** Registered for the raw {@code Enum}: JSON-B then uses it for every enum, handing it the one it reads. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class EnumValues implements JsonbDeserializer<Enum> {

        @Override
        public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = context.deserialize(JsonValue.class, parser);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            Class<? extends Enum> kind = (Class<? extends Enum>) type;
            Enum[] constants = kind.getEnumConstants();
            if (value instanceof JsonString text) {
                for (Enum constant : constants) {
                    if (constant.name().equals(text.getString())) {
                        return constant;
                    }
                }
            }
            throw new UnknownEnumValue(Arrays.stream(constants).map(Enum::name).toList());
        }
    }
}

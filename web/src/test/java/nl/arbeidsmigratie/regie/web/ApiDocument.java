package nl.arbeidsmigratie.regie.web;

import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The deployed OpenAPI document, to hold a real answer against what it promises. */
final class ApiDocument {

    private ApiDocument() {
    }

    /**
     * The fields the document gives the JSON answer of {@code method path} with {@code status}, following a
     * reference to a component.
     */
    static Set<String> answerFields(URL base, String method, String path, int status) throws Exception {
        return answerFields(base, method, path, status, "application/json");
    }

    /** The same for an answer of another media type, a problem document's. */
    static Set<String> answerFields(URL base, String method, String path, int status, String mediaType)
            throws Exception {
        Object document = Json.parse(Http.getWith(URI.create(base.toString()).resolve("/openapi"),
                "Accept", "application/json").body());
        Object schema = Json.at(document, "paths", path, method.toLowerCase(), "responses", String.valueOf(status),
                "content", mediaType, "schema");
        if (schema instanceof Map<?, ?> reference && reference.get("$ref") instanceof String ref) {
            schema = Json.at(document, "components", "schemas", ref.substring(ref.lastIndexOf('/') + 1));
        }
        return fields(Json.at(schema, "properties"));
    }

    /** The schema of the JSON request body of {@code method path}, following a reference to a component. */
    static Object requestSchema(URL base, String method, String path) throws Exception {
        return requestSchema(Json.parse(Http.getWith(URI.create(base.toString()).resolve("/openapi"),
                "Accept", "application/json").body()), method, path);
    }

    /** The same in a document read already. */
    static Object requestSchema(Object document, String method, String path) {
        Object schema = Json.at(document, "paths", path, method.toLowerCase(), "requestBody", "content",
                "application/json", "schema");
        if (schema instanceof Map<?, ?> reference && reference.get("$ref") instanceof String ref) {
            schema = Json.at(document, "components", "schemas", ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** The names of a JSON object's fields. */
    static Set<String> fields(Object object) {
        Set<String> names = new TreeSet<>();
        if (object instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> names.add(String.valueOf(key)));
        }
        return names;
    }
}

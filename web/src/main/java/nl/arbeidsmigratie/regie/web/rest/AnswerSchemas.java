package nl.arbeidsmigratie.regie.web.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers' schemas as a validating client can use them. Payara writes for an answer's
 * {@code @Schema(implementation = …)} every attribute of the annotation, defaults included, so an object would say
 * {@code maxProperties: 0} (no field allowed) and a list would carry its element's fields beside its {@code items}:
 * those are taken out. And every refusal the document names without a body of its own is the problem document
 * (RFC 9457) the API answers with, described once as {@value #PROBLEM}, and the refusals every operation of a kind
 * can give are named on each, and the document has only OpenAPI's own keys. A record's number, a Java long, is
 * written as any number; it is said to be a whole one.
 */
public class AnswerSchemas implements OASFilter {

    static final String PROBLEM = "Problem";

    /**
     * A refused import's problem document, with its lines at fault. Described here by hand: Payara writes the schema of
     * a class only when a resource method returns it, and this one is only ever in a Response.
     */
    public static final String IMPORT_REFUSAL = "ImportRefusal";

    /**
     * The fields that hold a whole number a Java long keeps: a record's number ({@code id}, {@code locationId},
     * {@code supersedes}), a version, a total.
     */
    private static final Pattern RECORD_NUMBER = Pattern.compile("id|[a-z][A-Za-z]*Id|supersedes|version|revisionOf|total");

    /**
     * The lists whose answers the resource methods give in a {@code Response} (for their paging headers), by the
     * schema of their items, which Payara then leaves out.
     */
    private static final Map<String, String> LIST_ITEMS = Map.of("Counts_list", "CountView",
            "Editions_enrolments", "EnrolmentView");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getAdditionalPropertiesSchema() != null) {
            // a map by an enum (per learning goal) is scanned as the enum with the map's values beside it
            schema.setRef(null);
            schema.setType(Schema.SchemaType.OBJECT);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getType() == null) {
            // an enum's values are its names: without the type a client generator makes the field untyped
            schema.setType(Schema.SchemaType.STRING);
        }
        unsetZero(schema.getMaxProperties(), schema::setMaxProperties);
        unsetZero(schema.getMinProperties(), schema::setMinProperties);
        unsetZero(schema.getMinLength(), schema::setMinLength);
        unsetFalse(schema.getExclusiveMaximum(), schema::setExclusiveMaximum);
        unsetFalse(schema.getExclusiveMinimum(), schema::setExclusiveMinimum);
        unsetFalse(schema.getUniqueItems(), schema::setUniqueItems);
        unsetFalse(schema.getNullable(), schema::setNullable);
        unsetFalse(schema.getReadOnly(), schema::setReadOnly);
        unsetFalse(schema.getWriteOnly(), schema::setWriteOnly);
        unsetFalse(schema.getDeprecated(), schema::setDeprecated);
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
            schema.setProperties(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (RECORD_NUMBER.matcher(name).matches()) {
                    wholeNumber(property);
                }
            });
        }
        return schema;
    }

    /** A path parameter is a record's number (a long, which Payara writes as any number). */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null) {
            wholeNumber(parameter.getSchema());
        }
        return parameter;
    }

    private static void wholeNumber(Schema schema) {
        if (schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        withoutServersPathList(document);
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema(PROBLEM, problem());
        document.getComponents().addSchema(IMPORT_REFUSAL, importRefusal());
        describeWhatTheBindingWrites(document.getComponents().getSchemas());
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> describeAnswers(method.name(), operation, schemas)));
    }

    private static void describeAnswers(String method, Operation operation, Map<String, Schema> schemas) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        // a body is required (the API answers 400 without one) unless the operation says it may be left out
        if (operation.getRequestBody() != null && operation.getRequestBody().getRequired() == null) {
            operation.getRequestBody().setRequired(true);
        }
        refusalsEveryCallerMeets(method, operation, schemas);
        describeAnswersGivenInAResponse(operation, schemas);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        });
    }

    /**
     * Payara adds a list of the application's paths under a top-level {@code endpoints} key that OpenAPI 3.0 does not
     * have, so validators and client generators refuse the whole document; {@code paths} holds them all. The key is
     * left out when the list is empty, and no API sets it, hence the reflection; another server has no such list.
     */
    private static void withoutServersPathList(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new HashMap<>());
        } catch (ReflectiveOperationException noSuchList) {
            // nothing to take out
        }
    }

    /**
     * The refusals the API gives every operation of their kind, named where an operation's own annotations left them
     * out: 401 without a valid token (every path needs one), 403 for a role or municipality the operation is not for,
     * 404 for a record named in the path that is not there or not the caller's to see, 400 for a parameter or body
     * that cannot be read or a step the record's state does not allow, 409 for a change based on a version someone
     * else changed since, 413 and 415 for a body too large or of another media type, 406 when {@code Accept} names
     * no type the operation answers in.
     */
    private static void refusalsEveryCallerMeets(String method, Operation operation, Map<String, Schema> schemas) {
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        addIfMissing(responses, "401", "No valid personal API token (problem document)");
        // a kind of file ({kind}) names no record: one not known is a bad request
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH && !"kind".equals(p.getName()))) {
            addIfMissing(responses, "404", "Not there, or not the caller's to see (problem document)");
        }
        if (!"GET".equals(method) || !parameters.isEmpty() || operation.getRequestBody() != null) {
            addIfMissing(responses, "400", "A parameter or the body cannot be read, or the record's state does not "
                    + "allow this step (problem document naming what)");
        }
        if (takesVersion(operation.getRequestBody(), schemas)) {
            addIfMissing(responses, "409", "Changed by someone else since the version sent (problem document)");
        }
        boolean answersWithContent = responses.getAPIResponses().entrySet().stream()
                .anyMatch(answer -> answer.getKey().startsWith("2") && answer.getValue().getContent() != null
                        && answer.getValue().getContent().getMediaTypes() != null
                        && !answer.getValue().getContent().getMediaTypes().isEmpty());
        if (answersWithContent) {
            addIfMissing(responses, "406", "Accept names no type this operation answers in (problem document)");
        }
        addIfMissing(responses, "403", "Not allowed for this role or municipality (problem document)");
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body is larger than the API takes (problem document)");
            addIfMissing(responses, "415", "The body is not of a Content-Type this operation takes (problem document)");
        }
    }

    /**
     * What Payara cannot see of answers a resource method gives in a {@code Response}: a page of a list (its items),
     * an import's outcome; an import's refusal is not among its successes.
     */
    private static void describeAnswersGivenInAResponse(Operation operation, Map<String, Schema> schemas) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return;
        }
        String items = LIST_ITEMS.get(operation.getOperationId());
        if (items != null && schemas.containsKey(items)) {
            ok.getContent().getMediaTypes().values().forEach(type -> type.setSchema(OASFactory.createSchema()
                    .type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref(items))));
        }
        if ("Transfers_importFile".equals(operation.getOperationId())) {
            ok.getContent().removeMediaType(Problem.MEDIA_TYPE);
            ok.getContent().getMediaTypes().values().forEach(type -> type.setSchema(importOutcome()));
        }
    }

    /** Whether a request body carries the {@code version} of the record it changes, read to change it. */
    private static boolean takesVersion(RequestBody body, Map<String, Schema> schemas) {
        if (body == null || body.getContent() == null || body.getContent().getMediaTypes() == null) {
            return false;
        }
        return body.getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .map(schema -> schema.getRef() == null ? schema
                        : schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)))
                .anyMatch(schema -> schema != null && schema.getProperties() != null
                        && schema.getProperties().containsKey("version"));
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /**
     * What the scan of the answers' records cannot see: fields the JSON binding writes beside a record's components
     * (an area's withheld occupancy, a figure's texts in the caller's language), a map by learning goal (scanned as
     * one goal), and the meetings' local times, which carry no offset: a date-time would promise one.
     */
    private static void describeWhatTheBindingWrites(Map<String, Schema> schemas) {
        Optional.ofNullable(schemas.get("AreaFigures")).ifPresent(area -> area.addProperty("occupancyWithheld",
                OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN)
                        .description("Whether occupancy is withheld by the small-number rule (1 to 4 persons)")));
        Optional.ofNullable(schemas.get("FigureRow")).ifPresent(row -> row
                .addProperty("labelText", text("The label as the pages write it, in the caller's language"))
                .addProperty("valueText", text("The value as the pages write it, in the caller's language"))
                .addProperty("sourceText", text("The source as the pages write it, in the caller's language")));
        Optional.ofNullable(schemas.get("OverviewRow"))
                .filter(row -> row.getProperties() != null && row.getProperties().containsKey("completeness"))
                .ifPresent(row -> row.addProperty("completeness", OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT).description("Per learning goal (its code), how far it is")
                        .additionalPropertiesSchema(OASFactory.createSchema()
                                .ref("#/components/schemas/Completeness"))));
        Optional.ofNullable(schemas.get("AgendaItem")).filter(item -> item.getProperties() != null)
                .ifPresent(item -> List.of("startsAt", "endsAt").forEach(time -> item.addProperty(time,
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
                                .description("A time of day in the Netherlands, such as 13:30:00"))));
        Optional.ofNullable(schemas.get("LocalDateTime")).ifPresent(local -> {
            local.setFormat(null);
            local.setPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            local.setDescription("A date and time in the Netherlands (Europe/Amsterdam), without offset");
        });
    }

    private static Schema problem() {
        Schema item = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("detail", text("What is wrong, in the caller's language"))
                .addProperty("parameter", text("The field or parameter it is about"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A refusal: what was wrong, and which field or parameter it is about")
                .addProperty("type", text("Always about:blank"))
                .addProperty("title", text("The status in words"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text("What is wrong, in the caller's language (Accept-Language)"))
                .addProperty("parameter", text("The field or parameter it is about, when one"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item)
                        .description("Every broken rule, when there are more"));
    }

    private static Schema importOutcome() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An imported file: what it added, corrected and left as it was")
                .addProperty("kind", text("COUNTS, LOCATIONS or OCCUPANCY"))
                .addProperty("fileName", text("The file's name as sent"))
                .addProperty("sha256", text("The file's SHA-256, by which the same file is known again"))
                .addProperty("rows", whole("Rows read"))
                .addProperty("added", whole("Records added"))
                .addProperty("corrected", whole("Records corrected: a new version each"))
                .addProperty("unchanged", whole("Rows that held what was recorded already"))
                .addProperty("alreadyImported", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN)
                        .description("Whether this very file was imported before; it is compared again as any file"
                                + " is, so figures changed since are written as it has them"))
                .addProperty("notes", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(OASFactory
                        .createSchema().type(Schema.SchemaType.OBJECT)
                        .addProperty("line", whole("The line of the file, from 1 for the header"))
                        .addProperty("column", text("The column as the file names it"))
                        .addProperty("messageKey", text("The kind of note, for programs"))
                        .addProperty("arguments", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .items(text("A value the note names")))
                        .addProperty("reason", text("The note in the caller's language"))
                        .addProperty("detail", text("The note in plain English, for programs and logs"))
                        .addProperty("value", text("The value the line holds in that column")))
                        .description("Lines recorded as sent that ask a look (more persons than beds)"));
    }

    /** A line of a refused file, by line and column. */
    private static Schema importLine() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("line", whole("The line of the file, from 1 for the header; 0 for the file as a whole"))
                .addProperty("column", text("The column as the file names it"))
                .addProperty("messageKey", text("The kind of problem, for programs"))
                .addProperty("reason", text("What is wrong, in the caller's language"))
                .addProperty("detail", text("What is wrong, in plain English for programs and logs"))
                .addProperty("value", text("The value the line holds in that column, when the problem is about one"));
    }

    private static Schema whole(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64").description(description);
    }

    private static Schema importRefusal() {
        Schema line = importLine();
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A refused file: nothing was stored; the lines at fault by line and column")
                .addProperty("type", text("Always about:blank"))
                .addProperty("title", text("The refusal in words"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text("How many problems, in the caller's language"))
                .addProperty("problems", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(line)
                        .description("The first problems, in the order of the file"))
                .addProperty("total", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")
                        .description("How many problems there are in all"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static void unsetZero(Integer value, Consumer<Integer> setter) {
        if (value != null && value == 0) {
            setter.accept(null);
        }
    }

    private static void unsetFalse(Boolean value, Consumer<Boolean> setter) {
        if (Boolean.FALSE.equals(value)) {
            setter.accept(null);
        }
    }
}

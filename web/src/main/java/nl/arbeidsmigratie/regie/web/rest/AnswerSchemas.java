package nl.arbeidsmigratie.regie.web.rest;

import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Cleans the schemas Payara writes for an answer's {@code @Schema(implementation = …)}: it copies every attribute of
 * the annotation, defaults included, so an object would say {@code maxProperties: 0} (no field allowed) and a list
 * would carry its element's fields beside its {@code items}. A validating client would refuse every answer.
 */
public class AnswerSchemas implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
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
        return schema;
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

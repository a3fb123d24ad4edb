package nl.arbeidsmigratie.regie.web.rest;

import java.math.BigDecimal;
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
        if (isZero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (isZero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (isZero(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
            schema.setProperties(null);
        }
        return schema;
    }

    private static boolean isZero(Number number) {
        return number != null && new BigDecimal(number.toString()).signum() == 0;
    }
}

package nl.arbeidsmigratie.regie.web.strategy;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import nl.arbeidsmigratie.regie.strategy.api.FigureRow;
import nl.arbeidsmigratie.regie.web.rest.CallerLanguage;

/**
 * A frozen figure in the API: its stored {@code label}, {@code value} and {@code source} (keys and values as kept,
 * for programs), and beside them {@code labelText}, {@code valueText} and {@code sourceText} as the pages and the PDF
 * write them, in the caller's language. A bean, so that the API's JSON binding finds it without naming it.
 */
@Dependent
public class FigureRowJson implements JsonbSerializer<FigureRow> {

    @Override
    public void serialize(FigureRow row, JsonGenerator json, SerializationContext context) {
        CallerLanguage language = CallerLanguage.of(CDI.current().select(HttpServletRequest.class).get());
        json.writeStartObject();
        write(json, "label", row.label());
        write(json, "labelText", language.text(row.label(), row.label()));
        write(json, "value", row.value());
        write(json, "valueText", row.valueIn(language.locale()));
        write(json, "source", row.source());
        write(json, "sourceText", language.text(row.source(), row.source()));
        json.writeEnd();
    }

    private static void write(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}

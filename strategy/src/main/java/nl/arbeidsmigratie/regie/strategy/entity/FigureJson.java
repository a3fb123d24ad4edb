package nl.arbeidsmigratie.regie.strategy.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import nl.arbeidsmigratie.regie.strategy.api.FrozenFigures;

/** Frozen figures as the JSON text a section and a version keep them in. */
final class FigureJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private FigureJson() {
    }

    static String write(FrozenFigures figures) {
        return figures == null ? null : JSON.toJson(figures);
    }

    static FrozenFigures read(String json) {
        return json == null ? null : JSON.fromJson(json, FrozenFigures.class);
    }
}

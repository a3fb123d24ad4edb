package nl.arbeidsmigratie.regie.web.monitoring;

import java.util.Locale;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;

/**
 * The names of the files the page and the API hand out, the same from both: a template is named in Dutch, as its
 * columns are.
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static String fileName(ImportKind kind) {
        return "sjabloon-" + switch (kind) {
            case COUNTS -> "tellingen";
            case LOCATIONS -> "locaties";
            case OCCUPANCY -> "bezetting";
        } + ".csv";
    }

    static String exportName(ImportKind kind, String municipalityCode) {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + municipalityCode + ".csv";
    }
}

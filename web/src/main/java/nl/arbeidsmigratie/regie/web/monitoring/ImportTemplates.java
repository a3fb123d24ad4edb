package nl.arbeidsmigratie.regie.web.monitoring;

import java.util.Locale;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;

/**
 * The names of the files the page and the API hand out, the same from both: a template is named in the language of
 * its columns.
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static String fileName(ImportKind kind) {
        return fileName(kind, false);
    }

    static String fileName(ImportKind kind, boolean english) {
        if (english) {
            return "template-" + kind.name().toLowerCase(Locale.ROOT) + ".csv";
        }
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

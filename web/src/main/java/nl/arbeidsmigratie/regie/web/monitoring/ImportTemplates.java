package nl.arbeidsmigratie.regie.web.monitoring;

import java.util.Locale;
import nl.arbeidsmigratie.regie.monitoring.api.ImportKind;

/** The names of the files the page and the API hand out, the same from both. */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static String fileName(ImportKind kind) {
        return "sjabloon-" + kind.name().toLowerCase(Locale.ROOT) + ".csv";
    }

    static String exportName(ImportKind kind, String municipalityCode) {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + municipalityCode + ".csv";
    }
}

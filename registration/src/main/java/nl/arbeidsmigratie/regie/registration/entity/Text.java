package nl.arbeidsmigratie.regie.registration.entity;

import nl.arbeidsmigratie.regie.platform.api.FreeText;

/** Free text as stored: trimmed, and absent rather than blank. */
final class Text {

    private Text() {
    }

    static String blankToNull(String value) {
        return FreeText.blank(value) ? null : value.strip();
    }
}

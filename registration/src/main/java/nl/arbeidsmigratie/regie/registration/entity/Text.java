package nl.arbeidsmigratie.regie.registration.entity;

/** Free text as stored: trimmed, and absent rather than blank. */
final class Text {

    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

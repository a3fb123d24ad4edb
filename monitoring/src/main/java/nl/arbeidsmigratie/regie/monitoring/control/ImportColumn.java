package nl.arbeidsmigratie.regie.monitoring.control;

/** A column of an import file, known by its English and its Dutch name (any case). */
public record ImportColumn(String english, String dutch, boolean required) {

    public static ImportColumn required(String english, String dutch) {
        return new ImportColumn(english, dutch, true);
    }

    public static ImportColumn optional(String english, String dutch) {
        return new ImportColumn(english, dutch, false);
    }

    boolean matches(String name) {
        return english.equals(name) || dutch.equals(name);
    }
}

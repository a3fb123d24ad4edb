package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.Set;
import java.util.regex.Pattern;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * A column of an import file, known by its English and its Dutch name in any case, with spaces, hyphens or points
 * where the names have underscores ("Geopend op", "BAG-id"), as a spreadsheet's headers are written.
 */
public record ImportColumn(String english, String dutch, boolean required) {

    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s._-]+");

    public static ImportColumn required(String english, String dutch) {
        return new ImportColumn(english, dutch, true);
    }

    public static ImportColumn optional(String english, String dutch) {
        return new ImportColumn(english, dutch, false);
    }

    boolean matches(String name) {
        String key = key(name);
        return english.equals(key) || dutch.equals(key);
    }

    boolean matchesDutch(String name) {
        return !dutch.equals(english) && dutch.equals(key(name));
    }

    /**
     * Whether a column of that name holds what the product never stores of a person (nationality, date of birth, BSN,
     * a person's name, sex, age, passport), so that a file with one is refused for what it is, not as an unknown column.
     */
    static boolean personal(String name) {
        return PERSONAL.contains(key(name));
    }

    private static final Set<String> PERSONAL = Set.of("nationaliteit", "nationaliteiten", "nationality",
            "nationalities", "herkomst", "herkomstland", "land_van_herkomst", "country_of_origin", "origin",
            "geboortedatum", "geboren", "date_of_birth", "birth_date", "birthdate", "dob", "bsn",
            "burgerservicenummer", "citizen_service_number", "voornaam", "voornamen", "achternaam", "first_name",
            "last_name", "surname", "family_name", "geslacht", "gender", "sex", "leeftijd", "age", "paspoortnummer",
            "passport_number", "documentnummer");

    private static String key(String name) {
        return BETWEEN_WORDS.matcher(FreeText.compared(name)).replaceAll("_");
    }
}

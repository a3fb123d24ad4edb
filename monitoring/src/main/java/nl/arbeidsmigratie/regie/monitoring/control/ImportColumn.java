package nl.arbeidsmigratie.regie.monitoring.control;

import java.util.List;
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
     * Whether a column of that name holds what the product never stores of a person (nationality, birth, BSN, a
     * person's name, sex, age, passport, phone number), so that a file with one is refused for what it is, not as an
     * unknown column, and no person can give it a meaning: by any of its words ("Nationaliteit bewoner", "BSN-nummer",
     * "Geb. datum"), by a word that is a person's only when it stands alone or says whose ("Herkomst", "Telefoon
     * bewoner", not "Herkomst cijfers" or "Telefoon beheerder"), or a name that is a person's ("Naam bewoner"), not a
     * location's ("naam").
     */
    public static boolean personal(String name) {
        List<String> words = List.of(key(name).split("_"));
        boolean whose = words.stream().anyMatch(PERSON::contains);
        return words.stream().anyMatch(PERSONAL::contains)
                || words.stream().anyMatch(OF_A_PERSON::contains) && (words.size() == 1 || whose)
                || words.size() > 1 && words.stream().anyMatch(NAME::contains) && whose
                || key(name).matches("geb_?datum|geb_?dat|geb|id_?nummer|id_?number|.*country_of_origin.*"
                        + "|.*land_van_herkomst.*");
    }

    private static final Set<String> PERSONAL = Set.of("nationaliteit", "nationaliteiten", "nationality",
            "nationalities", "herkomstland", "geboortedatum", "geboorteland", "geboorteplaats",
            "geboren", "geboorte", "birth", "birthdate", "birthday", "dob", "bsn", "burgerservicenummer", "sofinummer",
            "citizen", "voornaam", "voornamen", "voorletters", "initialen", "tussenvoegsel", "achternaam",
            "familienaam", "surname", "firstname", "lastname", "geslacht", "gender", "sex", "leeftijd", "age",
            "paspoort", "paspoortnummer", "passport", "identiteitsbewijs", "documentnummer", "geboortejaar");

    /** Words of a person's data that other things have too: the origin of figures, a building manager's phone. */
    private static final Set<String> OF_A_PERSON = Set.of("herkomst", "origin", "telefoonnummer",
            "telefoon", "phone", "mobiel", "mail", "email", "mailadres", "emailadres");

    /** The words that make a column a person's name when {@link #PERSON} names whose. */
    private static final Set<String> NAME = Set.of("naam", "name", "namen", "names");

    private static final Set<String> PERSON = Set.of("bewoner", "bewoners", "werknemer", "werknemers", "huurder",
            "huurders", "persoon", "personen", "migrant", "arbeidsmigrant", "resident", "residents", "worker",
            "workers", "tenant", "tenants", "person", "first", "last", "family", "volledige", "full");

    private static String key(String name) {
        return BETWEEN_WORDS.matcher(FreeText.compared(name)).replaceAll("_");
    }
}

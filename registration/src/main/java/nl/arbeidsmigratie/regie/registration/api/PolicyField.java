package nl.arbeidsmigratie.regie.registration.api;

/** The policy field a contact person works in; the circle wants all four at the table. */
public enum PolicyField {
    ECONOMY("economie", "economy"),
    HOUSING("wonen", "housing"),
    ENFORCEMENT("handhaving", "enforcement"),
    SOCIAL_DOMAIN("sociaal domein", "social domain");

    private final String dutchName;
    private final String englishName;

    PolicyField(String dutchName, String englishName) {
        this.dutchName = dutchName;
        this.englishName = englishName;
    }

    /** Its name in the English of the product's CSV files, for one who reads the pages in English. */
    public String englishName() {
        return englishName;
    }

    /** Its name in the Dutch of the product's CSV files, beside their Dutch headers. */
    public String dutchName() {
        return dutchName;
    }
}

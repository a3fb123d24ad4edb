package nl.arbeidsmigratie.regie.registration.api;

/** The policy field a contact person works in; the circle wants all four at the table. */
public enum PolicyField {
    ECONOMY("economie"),
    HOUSING("wonen"),
    ENFORCEMENT("handhaving"),
    SOCIAL_DOMAIN("sociaal domein");

    private final String dutchName;

    PolicyField(String dutchName) {
        this.dutchName = dutchName;
    }

    /** Its name in the Dutch of the product's CSV files, beside their Dutch headers. */
    public String dutchName() {
        return dutchName;
    }
}

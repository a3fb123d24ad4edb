package nl.arbeidsmigratie.regie.registration.api;

/** The eight learning goals of the circle, the backbone of a municipal strategy, in their published order. */
public enum LearningGoal {
    /** Local and regional numbers of labour migrants in sharper view. */
    NUMBERS,
    /** Living conditions on holiday parks and other forgotten places. */
    FORGOTTEN_PLACES,
    /** One vision where economy, housing, enforcement and the social domain reinforce each other. */
    ONE_VISION,
    /** Public and political support among residents and the council. */
    SUPPORT,
    /** Regional cooperation to share responsibility for housing fairly. */
    REGIONAL_COOPERATION,
    /** Enforceable local rules on housing quality and against nuisance and exploitation. */
    LOCAL_RULES,
    /** Factors in choosing locations and housing forms. */
    LOCATIONS,
    /** Adjacent policy for workers moving from short stay to long stay. */
    LONG_STAY;

    /** The goal's name in English files (a column of the province overview's CSV), as one word. */
    public String englishName() {
        return switch (this) {
            case NUMBERS -> "numbers";
            case FORGOTTEN_PLACES -> "forgotten_places";
            case ONE_VISION -> "one_vision";
            case SUPPORT -> "support";
            case REGIONAL_COOPERATION -> "regional_cooperation";
            case LOCAL_RULES -> "local_rules";
            case LOCATIONS -> "locations_and_housing_forms";
            case LONG_STAY -> "from_short_to_long_stay";
        };
    }

    /** The goal's name in Dutch files (a column of the province overview's CSV), as one word. */
    public String dutchName() {
        return switch (this) {
            case NUMBERS -> "aantallen";
            case FORGOTTEN_PLACES -> "vergeten_plekken";
            case ONE_VISION -> "integrale_visie";
            case SUPPORT -> "draagvlak";
            case REGIONAL_COOPERATION -> "regionale_samenwerking";
            case LOCAL_RULES -> "lokale_regels";
            case LOCATIONS -> "locaties_en_woonvormen";
            case LONG_STAY -> "van_kort_naar_lang_verblijf";
        };
    }
}

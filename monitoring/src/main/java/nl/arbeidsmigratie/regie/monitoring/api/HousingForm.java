package nl.arbeidsmigratie.regie.monitoring.api;

/** How people are housed: the SNF housing forms, plus employer sites and informal places (tents, sheds, cars). */
public enum HousingForm {
    REGULAR_DWELLING,
    HOTEL_PENSION,
    BUILDING_COMPLEX_UNITS,
    HOUSING_UNITS,
    HOLIDAY_PARK,
    EMPLOYER_SITE,
    INFORMAL;

    /** Dwellings have their own, higher floor-area norm; every other form counts as lodging. */
    public boolean isDwelling() {
        return this == REGULAR_DWELLING;
    }

    /** Forms where people are easily out of sight: the "forgotten places" of the worklist. */
    public boolean isEasilyForgotten() {
        return this == HOLIDAY_PARK || this == INFORMAL;
    }
}

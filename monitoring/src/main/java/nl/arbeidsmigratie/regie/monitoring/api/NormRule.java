package nl.arbeidsmigratie.regie.monitoring.api;

/** The separate rules a norm check measures. */
public enum NormRule {
    CAPACITY,
    FLOOR_AREA_PER_PERSON,
    BEDROOM_AREA_PER_PERSON,
    PERSONS_PER_BEDROOM,
    PERSONS_PER_TOILET,
    PERSONS_PER_SHOWER;

    /** A rule measured per person housed, which nobody housed leaves nothing to measure by. */
    public boolean perPerson() {
        return this == FLOOR_AREA_PER_PERSON || this == BEDROOM_AREA_PER_PERSON;
    }
}

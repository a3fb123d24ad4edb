package nl.arbeidsmigratie.regie.registration.api;

/** The columns a list of municipalities can be ordered by. */
public enum MunicipalitySort {
    CODE,
    NAME,
    PROVINCE,
    REGION
}

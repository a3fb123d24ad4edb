package nl.arbeidsmigratie.regie.registration.api;

/** A municipality as callers see it; {@code region} is null when it belongs to none. */
public record MunicipalityView(String code, String name, String province, String region,
                               String contactName, String contactEmail, String contactPhone, long version)
        implements java.io.Serializable {
}

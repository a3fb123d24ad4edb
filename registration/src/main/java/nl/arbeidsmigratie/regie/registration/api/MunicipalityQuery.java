package nl.arbeidsmigratie.regie.registration.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A page of municipalities: {@code nameContains} matches anywhere in the name, ignoring case; {@code region}
 * and {@code province} match exactly; null means "any".
 */
public record MunicipalityQuery(String nameContains, String region, String province,
                                @NotNull MunicipalitySort sort, boolean descending,
                                @Min(0) int offset, @Min(1) @Max(MunicipalityQuery.MAX_LIMIT) int limit)
        implements java.io.Serializable {

    public static final int MAX_LIMIT = 500;

    public static MunicipalityQuery all() {
        return new MunicipalityQuery(null, null, null, MunicipalitySort.NAME, false, 0, MAX_LIMIT);
    }

    public MunicipalityQuery inRegion(String regionName) {
        return new MunicipalityQuery(nameContains, regionName, province, sort, descending, offset, limit);
    }

    public MunicipalityQuery inProvince(String provinceName) {
        return new MunicipalityQuery(nameContains, region, provinceName, sort, descending, offset, limit);
    }
}

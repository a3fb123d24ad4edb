package nl.arbeidsmigratie.regie.registration.api;

import java.io.Serializable;

/** Where a municipality belongs: its province and current region (either may be null). */
public record MunicipalityArea(String code, String name, String province, String region) implements Serializable {
}

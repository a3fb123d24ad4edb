package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;

/**
 * Everything recorded about a housing location in one version. The BAG id is the 16-digit id of the
 * verblijfsobject; coordinates are WGS84 degrees.
 */
public record LocationDetails(String municipalityCode, String name, Address address, String bagId,
                              BigDecimal latitude, BigDecimal longitude, HousingForm housingForm,
                              LocationStatus status, LocalDate openedOn, LocalDate closedOn, Facilities facilities,
                              Certification certification, StayFocus stayFocus, String operator,
                              List<Permit> permits) implements Serializable {

    public LocationDetails {
        municipalityCode = MunicipalityCodes.normalised(municipalityCode);
        permits = permits == null ? List.of() : List.copyOf(permits);
    }
}

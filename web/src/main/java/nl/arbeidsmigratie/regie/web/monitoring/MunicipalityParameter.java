package nl.arbeidsmigratie.regie.web.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityDirectory;
import nl.arbeidsmigratie.regie.web.rest.BadParameterException;

/**
 * The {@code municipality} query parameter of the monitoring API: a CBS code in any case, of a municipality in the
 * register. A code of none is refused as such, rather than answered with an empty list as if it had no data.
 */
@ApplicationScoped
public class MunicipalityParameter {

    @Inject
    MunicipalityDirectory directory;

    /** The code in upper case, or a refusal naming the parameter. */
    public String read(String value) {
        String code = MunicipalityCodes.normalised(BadParameterException.required("municipality",
                value == null || value.isBlank() ? null : value));
        if (!MunicipalityCodes.wellFormed(code)) {
            throw new BadParameterException("municipality", "municipality must be a CBS code such as GM1783",
                    "error.api.municipality.code");
        }
        if (!directory.exists(code)) {
            throw new BadParameterException("municipality", "no municipality " + code + " in the register",
                    "error.api.municipality.unknown", code);
        }
        return code;
    }
}

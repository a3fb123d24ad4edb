package nl.arbeidsmigratie.regie.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;

/**
 * A signal as entered: on a known location, or on an address in the municipality when no location is known yet.
 * The text describes the situation, never the people (no names of migrants).
 */
public record SignalEntry(String municipalityCode, Long locationId, Address address, LocalDate signalledOn,
                          SignalKind kind, String source, String text) implements Serializable {

    public SignalEntry {
        municipalityCode = MunicipalityCodes.normalised(municipalityCode);
    }
}

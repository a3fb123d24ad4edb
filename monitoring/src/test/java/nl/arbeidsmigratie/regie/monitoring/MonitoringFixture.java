package nl.arbeidsmigratie.regie.monitoring;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_AUDITOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.arbeidsmigratie.regie.monitoring.api.Address;
import nl.arbeidsmigratie.regie.monitoring.api.Certification;
import nl.arbeidsmigratie.regie.monitoring.api.Facilities;
import nl.arbeidsmigratie.regie.monitoring.api.HousingForm;
import nl.arbeidsmigratie.regie.monitoring.api.HousingLocations;
import nl.arbeidsmigratie.regie.monitoring.api.LocationDetails;
import nl.arbeidsmigratie.regie.monitoring.api.LocationStatus;
import nl.arbeidsmigratie.regie.monitoring.api.Permit;
import nl.arbeidsmigratie.regie.monitoring.api.StayFocus;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.testing.container.TestCaller;

/** The people, municipalities and locations monitoring's tests start from; every call makes its own location. */
@Dependent
public class MonitoringFixture {

    /** The demo officer's municipality. */
    public static final String WESTLAND = "GM1783";
    public static final String DELFT = "GM0503";
    public static final String OFFICER = DEMO_OFFICER.email();
    public static final String COORDINATOR = DEMO_COORDINATOR.email();
    public static final String AUDITOR = DEMO_AUDITOR.email();
    public static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);

    @Inject
    HousingLocations locations;

    /**
     * A new active location with a unique name, registered by Westland's officer in Westland and by the coordinator
     * elsewhere; returns its id.
     */
    public long location(String municipality, HousingForm form, Certification certification, List<Permit> permits)
            throws Exception {
        return location(municipality, form, certification, permits,
                new Facilities(4, BigDecimal.valueOf(100), BigDecimal.valueOf(40), 2, 1, 1));
    }

    public long location(String municipality, HousingForm form, Certification certification, List<Permit> permits,
                         Facilities facilities) throws Exception {
        String who = municipality.equals(WESTLAND) ? OFFICER : COORDINATOR;
        return TestCaller.as(who, () -> locations.register(new LocationDetails(municipality,
                "Locatie " + UUID.randomUUID(), new Address("Teststraat", "1", null, "Testplaats"), null, null, null,
                form, LocationStatus.ACTIVE, null, null,
                facilities, certification, StayFocus.SHORT, "Voorbeeldexploitant", permits))).locationId();
    }
}

package nl.arbeidsmigratie.regie.web.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.DurableMarkers;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;

/**
 * Runs every {@link DemoPart} in one transaction with the marker that says the set is loaded: all of it or none,
 * and never twice. Called as the demo coordinator ({@link #COORDINATOR}), around the transaction, so what other
 * modules do once it has committed is done as that person too.
 */
@Stateless
public class DemoLoader {

    static final String LOADED = "demo-data";
    /** The demo coordinator that registration's AccountBootstrap creates with the demo accounts. */
    static final String COORDINATOR = "coordinator@demo.regie.local";

    @Inject
    DurableMarkers markers;

    @Inject
    Instance<DemoPart> parts;

    @Inject
    Clock clock;

    /** Loads the set unless it was loaded before; true when it loaded it now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean loadOnce() {
        if (markers.isSet(LOADED)) {
            return false;
        }
        DemoClock today = new DemoClock(DutchTime.today(clock));
        ordered().forEach(part -> part.load(today));
        markers.set(LOADED);
        return true;
    }

    /** What the parts do once the set is committed, each in transactions of its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterCommit() {
        ordered().forEach(DemoPart::afterCommit);
    }

    private List<DemoPart> ordered() {
        return parts.stream().sorted(Comparator.comparingInt(DemoPart::order)).toList();
    }
}

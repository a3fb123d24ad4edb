package nl.arbeidsmigratie.regie.monitoring.api;

import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.SIGNALS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.control.EnforcementRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.SignalCase;
import nl.arbeidsmigratie.regie.monitoring.entity.SignalVersion;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Signals of nuisance, exploitation, overcrowding or fire risk, on a known location or on an address where no
 * location is known yet (a forgotten place). A status change or a link to a location is a new version with who,
 * when and why; the versions before it stay readable.
 */
@Stateless
public class Signals {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    VersionChains chains;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public SignalView report(@NotNull SignalEntry entry) {
        AccountView writer = access.writerFor(entry.municipalityCode());
        SignalEntry checked = EnforcementRules.checked(entry, DutchTime.today(clock));
        if (checked.locationId() != null) {
            locationIn(checked.municipalityCode(), checked.locationId());
        }
        SignalCase signal = new SignalCase(checked.municipalityCode(), clock.instant(), writer.email());
        em.persist(signal);
        return saved(SignalVersion.first(signal, checked, clock.instant(), writer.email()), "signal.reported", null);
    }

    /**
     * Records a new status as the next version. {@code basedOnVersion} is the version the user saw: when someone
     * else changed the signal meanwhile, the change is refused with the version now stored.
     */
    public SignalView changeStatus(long signalId, int basedOnVersion, SignalStatus status, String reason) {
        SignalVersion latest = latest(signalId, basedOnVersion);
        AccountView writer = access.writerFor(latest.signal().municipalityCode(), SIGNALS, signalId);
        if (status == null) {
            throw new InvalidInputException("status", "error.signal.status.required", "no status");
        }
        if (status == latest.status()) {
            throw new InvalidInputException("status", "error.signal.status.same", "the signal has this status already");
        }
        return saved(latest.withStatus(status, clock.instant(), writer.email(), EnforcementRules.reason(reason)),
                "signal.status-changed", latest.view());
    }

    /** Links a signal to a location of its municipality, once the place turns out to be (or is made) known. */
    public SignalView linkToLocation(long signalId, int basedOnVersion, Long locationId, String reason) {
        SignalVersion latest = latest(signalId, basedOnVersion);
        AccountView writer = access.writerFor(latest.signal().municipalityCode(), SIGNALS, signalId);
        LocationVersion location = locationIn(latest.signal().municipalityCode(), locationId);
        if (location.location().id().equals(latest.locationId())) {
            throw new InvalidInputException("location", "error.signal.location.same", "linked to this location already");
        }
        return saved(latest.linkedTo(locationId, clock.instant(), writer.email(), EnforcementRules.reason(reason)),
                "signal.linked", latest.view());
    }

    /**
     * A new status and a newly chosen location in one go, as the page's dialog offers them: each is its own version
     * with the same reason, and either both are recorded or neither.
     */
    public SignalView change(long signalId, int basedOnVersion, SignalStatus status, Long locationId, String reason) {
        SignalVersion current = latest(signalId, basedOnVersion);
        access.writerFor(current.signal().municipalityCode(), SIGNALS, signalId);
        boolean newStatus = status != null && status != current.status();
        boolean newLocation = locationId != null && !locationId.equals(current.locationId());
        if (!newStatus && !newLocation) {
            throw new InvalidInputException("status", "error.signal.status.same", "nothing changed");
        }
        SignalView changed = current.view();
        if (newStatus) {
            changed = changeStatus(signalId, changed.version(), status, reason);
        }
        if (newLocation) {
            changed = linkToLocation(signalId, changed.version(), locationId, reason);
        }
        return changed;
    }

    /** The signals of a municipality in their latest version, newest first. */
    public List<SignalView> ofMunicipality(@NotNull String municipalityCode) {
        return asKnownOn(municipalityCode, clock.instant());
    }

    /** The signals of a municipality in the version known at {@code asOf}, newest first. */
    public List<SignalView> asKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf) {
        access.readerOf(municipalityCode);
        return chains.allAsKnownOn(SIGNALS, municipalityCode, asOf, "signal").stream().map(SignalVersion::view)
                .toList();
    }

    /** Every version of a signal, oldest first. */
    public List<SignalView> history(long signalId) {
        List<SignalVersion> versions = chains.history(SIGNALS, signalId);
        access.readerOf(versions.get(0).signal().municipalityCode(), SIGNALS, signalId);
        return versions.stream().map(SignalVersion::view).toList();
    }

    private SignalVersion latest(long signalId, int basedOnVersion) {
        SignalVersion latest = chains.latest(SIGNALS, signalId);
        access.readerOf(latest.signal().municipalityCode(), SIGNALS, signalId);
        if (latest.versionNo() != basedOnVersion) {
            throw new ConcurrentChangeException("signal " + signalId + " changed meanwhile", latest.view());
        }
        return latest;
    }

    private LocationVersion locationIn(String municipalityCode, Long locationId) {
        LocationVersion location = EnforcementRules.liveLocation(chains, access, locationId);
        if (!location.location().municipalityCode().equals(municipalityCode)) {
            throw new InvalidInputException("location", "error.signal.location.municipality",
                    "the location lies in another municipality");
        }
        return location;
    }

    private SignalView saved(SignalVersion version, String action, SignalView before) {
        chains.append(version, before);
        SignalView after = version.view();
        audit.record(action, "signal:" + after.municipalityCode() + ":" + after.signalId(), before, after);
        return after;
    }
}

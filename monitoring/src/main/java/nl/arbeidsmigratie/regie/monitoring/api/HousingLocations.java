package nl.arbeidsmigratie.regie.monitoring.api;

import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.LOCATIONS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.LocationRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.control.WriteLocks;
import nl.arbeidsmigratie.regie.monitoring.entity.HousingLocation;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.FreeText;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.platform.api.RecordChanges;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Housing locations of a municipality. Officers keep their own municipality's locations, coordinators any,
 * auditors read. Every change is a new version with a reason; the versions before it stay readable. A BAG id
 * belongs to one live location at a time: another location's BAG id is refused as bad input on that field.
 */
@Stateless
public class HousingLocations {

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

    public LocationView register(@NotNull LocationDetails details) {
        AccountView writer = access.writerFor(details.municipalityCode());
        LocationDetails checked = LocationRules.checked(details, DutchTime.today(clock));
        access.requireBagIdOf(checked.municipalityCode(), checked.bagId());
        requireNameFree(checked, null);
        requireNoTwin(checked, null);
        HousingLocation location = new HousingLocation(checked.municipalityCode(), clock.instant(), writer.email());
        em.persist(location);
        return saved(LocationVersion.first(location, checked, clock.instant(), writer.email()), "location.registered", null);
    }

    /**
     * Records changed details as the next version. {@code basedOnVersion} is the version the user edited: when
     * someone else saved a newer one meanwhile, the change is refused with the version now stored.
     */
    public LocationView revise(long locationId, int basedOnVersion, @NotNull LocationDetails details, String reason) {
        LocationVersion latest = chains.latest(LOCATIONS, locationId);
        AccountView writer = access.writerFor(latest.location().municipalityCode(), LOCATIONS, locationId);
        if (latest.markedError()) {
            throw new InvalidInputException("location", "error.location.unknown", "location marked as an error");
        }
        if (latest.versionNo() != basedOnVersion) {
            throw new ConcurrentChangeException("location " + locationId + " changed meanwhile", latest.view());
        }
        if (!latest.location().municipalityCode().equals(details.municipalityCode())) {
            throw new InvalidInputException("municipalityCode", "error.location.municipality.changed",
                    "a location stays in its municipality");
        }
        LocationDetails checked = LocationRules.checked(details, DutchTime.today(clock));
        access.requireBagIdOf(checked.municipalityCode(), checked.bagId());
        if (RecordChanges.same(latest.details(), checked)) {
            // a version that changes nothing would only fill the change log
            throw new InvalidInputException(null, "error.location.unchanged", "nothing changed");
        }
        LocationRules.checkHoused(checked, housed(locationId));
        requireNameFree(checked, locationId);
        LocationDetails before = latest.details();
        if (!Objects.equals(before.name(), checked.name()) || !Objects.equals(before.address(), checked.address())
                || !Objects.equals(before.bagId(), checked.bagId())) {
            // only a change of what tells locations apart: a pair recorded before this rule stays correctable
            requireNoTwin(checked, locationId);
        }
        return saved(latest.revisedAs(checked, clock.instant(), writer.email(), CountRules.reason(reason)),
                "location.revised", latest.view());
    }

    /**
     * Refuses a location without BAG id named as another such location of its municipality (other than {@code self}):
     * a file knows one only by its name, and the same request sent twice would otherwise record it twice.
     */
    private void requireNameFree(LocationDetails checked, Long self) {
        if (checked.bagId() != null) {
            return;
        }
        // the name is held until the transaction ends, so two requests sent at once do not both find it free
        String key = checked.municipalityCode() + '|' + FreeText.compared(checked.name());
        WriteLocks.hold(em, key);
        Number taken = (Number) em.createNativeQuery("select count(*) from monitoring.housing_location l"
                + " join lateral (select w.bag_id, w.name, w.marked_error from monitoring.location_version w"
                + " where w.location_id = l.id order by w.version_no desc limit 1) v on true"
                + " where l.municipality_code = ?1 and v.bag_id is null and not v.marked_error"
                + " and " + LocationRules.comparedNameSql("v.name") + " = ?2 and l.id <> ?3")
                .setParameter(1, checked.municipalityCode()).setParameter(2, key.substring(key.indexOf('|') + 1))
                .setParameter(3, self == null ? -1L : self).getSingleResult();
        if (taken.longValue() > 0) {
            throw new InvalidInputException("name", "error.location.name.taken", "a location without BAG id is called "
                    + checked.name() + " already", checked.name());
        }
    }

    /**
     * Refuses a location registered again under its name at its address when one of the two has no BAG id: that is one
     * location recorded twice (a shed entered without one, later with one), and its people would count twice. Two
     * with BAG ids of their own are two dwellings. {@code self} is the location revised, if any.
     */
    private void requireNoTwin(LocationDetails checked, Long self) {
        Address address = checked.address();
        if (address.postcode() == null || address.houseNumber() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> twins = em.createNativeQuery("select v.name, v.bag_id from monitoring.current_location c"
                        + " join monitoring.location_version v on v.id = c.version_id"
                        + " where c.municipality_code = ?1 and not c.marked_error and v.postcode = ?2"
                        + " and " + LocationRules.houseNumberKeySql("v.house_number") + " = ?3"
                        + " and " + LocationRules.comparedNameSql("v.name") + " = ?4"
                        + " and v.bag_id is " + (checked.bagId() == null ? "not null" : "null")
                        + " and c.location_id <> ?5")
                .setParameter(1, checked.municipalityCode()).setParameter(2, address.postcode())
                .setParameter(3, LocationRules.houseNumberKey(address.houseNumber()))
                .setParameter(4, FreeText.compared(checked.name())).setParameter(5, self == null ? -1L : self)
                .setMaxResults(1).getResultList();
        for (Object[] twin : twins) {
            String name = (String) twin[0];
            if (twin[1] == null) {
                throw new InvalidInputException("name", "error.location.twin.unnumbered",
                        "a location without BAG id called " + name + " lies at this address already", name);
            }
            throw new InvalidInputException("name", "error.location.twin.numbered",
                    "a location called " + name + " with BAG id " + twin[1] + " lies at this address already", name,
                    String.valueOf(twin[1]).strip());
        }
    }

    /** The first and last day the location's reports, as they stand, say someone lived there; nulls for none. */
    private LocationRules.Housed housed(long locationId) {
        Object[] span = (Object[]) em.createNativeQuery("select min(r.reference_date), max(r.reference_date)"
                + " from monitoring.occupancy_report r where r.location_id = ?1 and r.persons > 0"
                + " and not r.marked_error and not exists (select 1 from monitoring.occupancy_report s"
                + " where s.supersedes_id = r.id)").setParameter(1, locationId).getSingleResult();
        return new LocationRules.Housed(LocationRules.Housed.day(span[0]), LocationRules.Housed.day(span[1]));
    }

    /** Marks a location as never rightly recorded (coordinators only); its history stays. */
    public LocationView markAsError(long locationId, String reason) {
        AccountView coordinator = access.coordinator();
        LocationVersion latest = chains.latest(LOCATIONS, locationId);
        if (latest.markedError()) {
            throw new InvalidInputException("location", "error.location.unknown", "marked as an error already");
        }
        return saved(latest.markedAsError(clock.instant(), coordinator.email(), CountRules.reason(reason)),
                "location.marked-error", latest.view());
    }

    /** The locations of a municipality as known at {@code asOf}, by name; those marked as errors left out. */
    public List<LocationView> asKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf) {
        access.readerOf(municipalityCode);
        return chains.allAsKnownOn(LOCATIONS, municipalityCode, asOf, "location", "permits").stream()
                .map(LocationVersion::view).toList();
    }

    /** One location as known at {@code asOf}; empty when it was not recorded yet. */
    public Optional<LocationView> find(long locationId, @NotNull Instant asOf) {
        Optional<LocationVersion> version = chains.asKnownOn(LOCATIONS, locationId, asOf);
        access.readerOf(chains.latest(LOCATIONS, locationId).location().municipalityCode(), LOCATIONS, locationId);
        return version.map(LocationVersion::view);
    }

    /** Every version of a location, oldest first: the change log. */
    public List<LocationView> history(long locationId) {
        List<LocationVersion> versions = chains.history(LOCATIONS, locationId);
        access.readerOf(versions.get(0).location().municipalityCode(), LOCATIONS, locationId);
        return versions.stream().map(LocationVersion::view).toList();
    }

    /** The change log with each field before and after, for auditors (and anyone who may read the history). */
    public List<ChangeLogEntry> changeLog(long locationId) {
        return ChangeLogEntry.of(history(locationId));
    }

    private LocationView saved(LocationVersion version, String action, LocationView before) {
        chains.append(version, before);
        LocationView after = version.view();
        audit.record(action, "location:" + after.details().municipalityCode() + ":" + after.locationId(), before, after);
        return after;
    }
}

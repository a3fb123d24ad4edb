package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;

/** The versions of locations, read the way every facade of this module needs them. */
@Dependent
public class LocationHistory {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    /** Every version of a location, oldest first; a refusal naming the location when there is none. */
    public List<LocationVersion> versions(long locationId) {
        List<LocationVersion> versions = em.createNamedQuery(LocationVersion.OF_LOCATION, LocationVersion.class)
                .setParameter("location", locationId).getResultList();
        if (versions.isEmpty()) {
            throw new InvalidInputException("location", "error.location.unknown", "no location " + locationId);
        }
        return versions;
    }

    public LocationVersion latest(long locationId) {
        List<LocationVersion> versions = versions(locationId);
        return versions.get(versions.size() - 1);
    }

    /** The version known at {@code asOf}, if the location was recorded by then. */
    public Optional<LocationVersion> asKnownOn(long locationId, Instant asOf) {
        return versions(locationId).stream().filter(v -> !v.view().recordedAt().isAfter(asOf))
                .reduce((older, newer) -> newer);
    }

    public List<LocationVersion> ofMunicipality(String municipalityCode, Instant asOf) {
        return em.createNamedQuery(LocationVersion.AS_KNOWN_ON, LocationVersion.class)
                .setParameter("code", municipalityCode)
                .setParameter("asOf", asOf)
                .getResultList();
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.LOCATIONS;
import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.REPORTS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.NormChecker;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.monitoring.entity.NormRuleSet;
import nl.arbeidsmigratie.regie.monitoring.entity.OccupancyReport;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * The dated SNF and AKF norms and the norm check. Norms change over time, so a check on a reference date uses
 * the rule set valid on that date, and a new rule set never rewrites the checks of the past.
 */
@Stateless
public class Norms {

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

    /** All rule sets as known at {@code asOf}, by mark and newest start date first. */
    public List<NormRuleSetView> ruleSets(@NotNull Instant asOf) {
        access.reader();
        return em.createNamedQuery(NormRuleSet.ALL, NormRuleSet.class).setParameter("asOf", asOf)
                .getResultStream().map(NormRuleSet::view).toList();
    }

    /** No rule set starts earlier. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Records a rule set valid from its start date on (coordinators only). */
    public NormRuleSetView add(@NotNull NormRules rules) {
        AccountView coordinator = access.coordinator();
        if (rules.mark() == null || rules.mark() == QualityMark.NONE) {
            throw new InvalidInputException("mark", "error.norms.mark", "norms belong to SNF or AKF");
        }
        if (rules.validFrom() == null) {
            throw new InvalidInputException("validFrom", "error.norms.valid-from", "a rule set needs a start date");
        }
        if (rules.validFrom().isBefore(EARLIEST)) {
            // the quality marks are of this century: an earlier start is a mistyped year, and would judge every past
            // check by norms nobody held then
            throw new InvalidInputException("validFrom", "error.enforcement.date.too-early",
                    "before " + EARLIEST + ": a typing error", "01-01-2000");
        }
        if (Stream.of(rules.floorAreaLodging(), rules.floorAreaDwelling(), rules.bedroomAreaPerPerson())
                .anyMatch(a -> a != null && a.signum() <= 0)
                || Stream.of(rules.maxPersonsPerBedroom(), rules.personsPerToilet(), rules.personsPerShower())
                .anyMatch(n -> n != null && n <= 0)) {
            throw new InvalidInputException("rules", "error.norms.positive", "norms are positive numbers");
        }
        if (Stream.of(rules.floorAreaLodging(), rules.floorAreaDwelling(), rules.bedroomAreaPerPerson())
                .anyMatch(a -> a != null && a.compareTo(BigDecimal.valueOf(1000)) >= 0)
                || Stream.of(rules.maxPersonsPerBedroom(), rules.personsPerToilet(), rules.personsPerShower())
                .anyMatch(n -> n != null && n > 1000)) {
            throw new InvalidInputException("rules", "error.norms.too-large", "norms below 1000");
        }
        if (Stream.of(rules.floorAreaLodging(), rules.floorAreaDwelling(), rules.bedroomAreaPerPerson(),
                rules.maxPersonsPerBedroom(), rules.personsPerToilet(), rules.personsPerShower()).allMatch(n -> n == null)) {
            throw new InvalidInputException("rules", "error.norms.empty", "a rule set needs at least one norm");
        }
        Instant now = clock.instant();
        if (unchanged(rules, now)) {
            throw new InvalidInputException("rules", "error.norms.unchanged",
                    "these norms already apply from that date on");
        }
        NormRuleSet set = new NormRuleSet(rules, now, coordinator.email());
        em.persist(set);
        em.flush();
        NormRuleSetView view = set.view();
        audit.record("norms.added", "norms:" + rules.mark(), null, view);
        return view;
    }

    /**
     * Whether the rule set in force for the mark on the start date already holds these norms, whether it started
     * then or earlier: recording them would add a version that changes nothing. Nor does another note alone.
     */
    private boolean unchanged(NormRules rules, Instant now) {
        return em.createNamedQuery(NormRuleSet.VALID_ON, NormRuleSet.class)
                .setParameter("mark", rules.mark()).setParameter("date", rules.validFrom())
                .setParameter("asOf", now).setMaxResults(1).getResultStream().map(NormRuleSet::view)
                .map(NormRuleSetView::rules)
                .anyMatch(current -> same(current.floorAreaLodging(), rules.floorAreaLodging())
                        && same(current.floorAreaDwelling(), rules.floorAreaDwelling())
                        && same(current.bedroomAreaPerPerson(), rules.bedroomAreaPerPerson())
                        && Objects.equals(current.maxPersonsPerBedroom(), rules.maxPersonsPerBedroom())
                        && Objects.equals(current.personsPerToilet(), rules.personsPerToilet())
                        && Objects.equals(current.personsPerShower(), rules.personsPerShower()));
    }

    /** Equal areas however they are scaled: 10 and 10.0 m² are one norm. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * Checks a location on {@code date} as everything was known at {@code asOf}: its details, the latest
     * occupancy report on or before the date, and the rule set of its quality mark valid on the date.
     */
    public NormCheck check(long locationId, @NotNull LocalDate date, @NotNull Instant asOf) {
        access.readerOf(chains.latest(LOCATIONS, locationId).location().municipalityCode(), LOCATIONS, locationId);
        LocationVersion version = chains.asKnownOn(LOCATIONS, locationId, asOf).orElseThrow(() ->
                new InvalidInputException("asKnownOn", "error.location.not-yet-recorded",
                        "This location had not been recorded yet at that moment."));
        LocationDetails details = version.details();
        NormRuleSetView rules = em.createNamedQuery(NormRuleSet.VALID_ON, NormRuleSet.class)
                .setParameter("mark", details.certification().mark().normsToApply())
                .setParameter("date", date).setParameter("asOf", asOf).setMaxResults(1)
                .getResultStream().map(NormRuleSet::view).findFirst().orElse(null);
        OccupancyView occupancy = chains.allAsKnownOn(REPORTS, locationId, asOf).stream().map(OccupancyReport::view)
                .filter(r -> !r.figures().referenceDate().isAfter(date)).findFirst().orElse(null);
        if (occupancy == null || rules == null) {
            return new NormCheck(locationId, date, rules, null, null, List.of());
        }
        int persons = occupancy.figures().persons();
        return new NormCheck(locationId, date, rules, occupancy.figures().referenceDate(), persons,
                NormChecker.findings(details.housingForm(), details.facilities(), persons, rules.rules()));
    }
}

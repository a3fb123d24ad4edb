package nl.arbeidsmigratie.regie.monitoring.api;

import static nl.arbeidsmigratie.regie.monitoring.control.VersionChains.AGREEMENTS;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.FairShareRules;
import nl.arbeidsmigratie.regie.monitoring.control.FairShareFigures;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.entity.FairShareAgreement;
import nl.arbeidsmigratie.regie.monitoring.entity.FairShareVersion;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.Datasource;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityArea;
import nl.arbeidsmigratie.regie.registration.api.MunicipalityAreas;

/**
 * Fair-share agreements (taakstelling) of regions and what was realised against them. Coordinators record and
 * revise agreements, each revision a new version with a reason and an audit entry; everyone signed in reads them.
 */
@Stateless
public class FairShareAgreements {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    VersionChains chains;

    @Inject
    MonitoringAccess access;

    @Inject
    MunicipalityAreas areas;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public FairShareView create(@NotNull FairShareTerms terms) {
        AccountView coordinator = access.coordinator();
        FairShareTerms checked = FairShareRules.checked(terms, members(terms.region()).keySet());
        FairShareAgreement agreement = new FairShareAgreement(checked.region().strip(), clock.instant(),
                coordinator.email());
        em.persist(agreement);
        return saved(FairShareVersion.first(agreement, checked, clock.instant(), coordinator.email()),
                "fair-share.created", null);
    }

    /**
     * Records revised terms as the next version. {@code basedOnVersion} is the version the coordinator edited:
     * when someone saved a newer one meanwhile, the revision is refused with the version now stored.
     */
    public FairShareView revise(long agreementId, int basedOnVersion, @NotNull FairShareTerms terms, String reason) {
        AccountView coordinator = access.coordinator();
        FairShareVersion latest = chains.latest(AGREEMENTS, agreementId);
        if (latest.versionNo() != basedOnVersion) {
            throw new ConcurrentChangeException("agreement " + agreementId + " changed meanwhile", latest.view());
        }
        if (!latest.agreement().region().equals(terms.region())) {
            throw new InvalidInputException("region", "error.fairshare.region.changed", "an agreement stays with its region");
        }
        FairShareTerms checked = FairShareRules.checked(terms, members(terms.region()).keySet());
        return saved(latest.revisedAs(checked, clock.instant(), coordinator.email(), CountRules.reason(reason)),
                "fair-share.revised", latest.view());
    }

    /** The agreements of a region as known at {@code asOf}, latest agreement date first. */
    public List<FairShareView> ofRegion(@NotNull String region, @NotNull Instant asOf) {
        access.reader();
        try (Connection connection = dataSource.getConnection()) {
            return FairShareFigures.ofRegion(connection, region, asOf);
        } catch (SQLException e) {
            throw new IllegalStateException("agreements could not be read", e);
        }
    }

    /** Every version of an agreement, oldest first. */
    public List<FairShareView> history(long agreementId) {
        access.reader();
        return chains.history(AGREEMENTS, agreementId).stream().map(FairShareVersion::view).toList();
    }

    /**
     * The agreement as known at {@code asOf} against the beds realised per municipality on each anniversary of
     * the agreement before {@code date} and on {@code date}; the region's other municipalities in one row.
     */
    public FairShareProgress progress(long agreementId, @NotNull LocalDate date, @NotNull Instant asOf) {
        access.reader();
        FairShareView agreement = chains.asKnownOn(AGREEMENTS, agreementId, asOf).map(FairShareVersion::view)
                .orElseThrow(() -> new InvalidInputException("agreement", "error.fairshare.unknown",
                        "agreement " + agreementId + " was not recorded yet at " + asOf));
        Map<String, String> members = members(agreement.terms().region());
        try (Connection connection = dataSource.getConnection()) {
            return FairShareFigures.progress(connection, agreement, members, areas.all().stream()
                    .collect(Collectors.toMap(MunicipalityArea::code, MunicipalityArea::name)), date, asOf, false);
        } catch (SQLException e) {
            throw new IllegalStateException("realised places could not be read", e);
        }
    }

    /** The region's municipalities, code to name; a refusal naming the region when it has none. */
    private Map<String, String> members(String region) {
        if (region == null || region.isBlank()) {
            throw new InvalidInputException("region", "error.picture.region.unknown", "choose a region");
        }
        Map<String, String> members = areas.all().stream().filter(m -> Objects.equals(m.region(), region.strip()))
                .collect(Collectors.toMap(MunicipalityArea::code, MunicipalityArea::name));
        if (members.isEmpty()) {
            throw new InvalidInputException("region", "error.picture.region.unknown", "no region " + region);
        }
        return members;
    }

    private FairShareView saved(FairShareVersion version, String action, FairShareView before) {
        chains.append(version, before);
        FairShareView after = version.view();
        audit.record(action, "fair-share:" + after.terms().region() + ":" + after.agreementId(), before, after);
        return after;
    }
}

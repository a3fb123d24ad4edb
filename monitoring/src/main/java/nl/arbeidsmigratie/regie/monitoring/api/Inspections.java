package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.arbeidsmigratie.regie.monitoring.control.EnforcementRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.VersionChains;
import nl.arbeidsmigratie.regie.monitoring.control.NormSummaries;
import nl.arbeidsmigratie.regie.monitoring.entity.Inspection;
import nl.arbeidsmigratie.regie.monitoring.entity.LocationVersion;
import nl.arbeidsmigratie.regie.platform.api.AccessRefusedException;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.platform.api.InputChecks;
import nl.arbeidsmigratie.regie.platform.api.InvalidInputException;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Inspections of housing locations (handhaving). Officers record them for their own municipality, coordinators
 * for any, auditors read. Each inspection keeps the norm check as it stood when it was recorded; a mistake is put
 * right by a correction recorded in its place.
 */
@Stateless
public class Inspections {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    VersionChains chains;

    @Inject
    Norms norms;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public InspectionView record(@NotNull InspectionEntry entry) {
        return recorded(entry, null, null);
    }

    /**
     * Records the inspection as it should have been, in the place of {@code inspectionId}, saying why; the location
     * stays the same. The corrected one stays in the history: as known on a moment before, it is still shown.
     */
    public InspectionView correct(long inspectionId, @NotNull InspectionEntry entry, String reason) {
        Inspection corrected = em.find(Inspection.class, inspectionId, LockModeType.PESSIMISTIC_WRITE);
        InvalidInputException unknown = new InvalidInputException("inspection", "error.inspection.unknown",
                "no inspection " + inspectionId);
        if (corrected == null) {
            throw unknown;
        }
        try {
            access.readerOf(corrected.municipalityCode());
        } catch (AccessRefusedException otherMunicipality) {
            throw unknown;
        }
        boolean correctedAlready = em.createNamedQuery(Inspection.CORRECTION_OF, Long.class)
                .setParameter("id", inspectionId).getSingleResult() > 0;
        if (correctedAlready) {
            throw new InvalidInputException("inspection", "error.inspection.corrected-already",
                    "inspection " + inspectionId + " was corrected already; correct the correction");
        }
        String why = EnforcementRules.reason(reason);
        return recorded(new InspectionEntry(corrected.locationId(), entry.inspectedOn(), entry.inspector(),
                entry.findings(), entry.measure(), entry.followUpOn()), corrected, why);
    }

    private InspectionView recorded(InspectionEntry entry, Inspection corrected, String why) {
        // the location chosen and the entry's own rules are said together, as the form shows them together
        InputChecks checks = new InputChecks();
        LocationVersion location = checks.value(() -> EnforcementRules.liveLocation(chains, access,
                entry.locationId()));
        InspectionEntry checked = checks.value(() -> EnforcementRules.checked(entry, DutchTime.today(clock)));
        checks.refuseIfBroken();
        if (corrected != null && checked.equals(corrected.entry())) {
            throw new InvalidInputException("inspection", "error.inspection.unchanged",
                    "a correction that changes nothing");
        }
        String municipality = location.location().municipalityCode();
        AccountView writer = access.writerFor(municipality);
        Instant now = clock.instant();
        NormSummary summary = NormSummaries.of(norms.check(checked.locationId(), checked.inspectedOn(), now));
        Inspection inspection = new Inspection(municipality, checked, summary, NormSummaries.json(summary.violated()),
                NormSummaries.names(summary.notAssessed()), now, writer.email());
        if (corrected != null) {
            inspection.corrects(corrected, why);
        }
        em.persist(inspection);
        em.flush();
        InspectionView view = view(inspection);
        audit.record(corrected == null ? "inspection.recorded" : "inspection.corrected",
                "inspection:" + municipality + ":" + checked.locationId(),
                corrected == null ? null : view(corrected), view);
        return view;
    }

    /** The inspections of a municipality, newest first. */
    public List<InspectionView> ofMunicipality(@NotNull String municipalityCode) {
        return asKnownOn(municipalityCode, clock.instant());
    }

    /** The inspections of a municipality recorded by {@code asOf}, newest first. */
    public List<InspectionView> asKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf) {
        access.readerOf(municipalityCode);
        return em.createNamedQuery(Inspection.OF_MUNICIPALITY, Inspection.class)
                .setParameter("code", municipalityCode)
                .setParameter("asOf", asOf)
                .getResultStream().map(Inspections::view).toList();
    }

    private static InspectionView view(Inspection inspection) {
        return inspection.view(NormSummaries.violated(inspection.violatedRules()),
                NormSummaries.rules(inspection.notAssessedRules()));
    }
}

package nl.arbeidsmigratie.regie.monitoring.api;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import nl.arbeidsmigratie.regie.monitoring.control.CountRules;
import nl.arbeidsmigratie.regie.monitoring.control.MonitoringAccess;
import nl.arbeidsmigratie.regie.monitoring.control.StayThresholdSettings;
import nl.arbeidsmigratie.regie.monitoring.control.WriteLocks;
import nl.arbeidsmigratie.regie.monitoring.entity.StayThresholdSetting;
import nl.arbeidsmigratie.regie.platform.api.AuditTrail;
import nl.arbeidsmigratie.regie.platform.api.ConcurrentChangeException;
import nl.arbeidsmigratie.regie.platform.api.MunicipalityCodes;
import nl.arbeidsmigratie.regie.registration.api.AccountView;

/**
 * Each municipality's stay classes (DOMAIN: short below 4 months and long from 12 by default, others use 6 months to
 * 2 years for mid stay). The thresholds in force are those a count that names none is recorded with, and those the
 * pages name beside short, mid and long stay; officers set their own municipality's, coordinators any.
 */
@Stateless
public class StayClasses {

    @PersistenceContext(unitName = "monitoring")
    EntityManager em;

    @Inject
    MonitoringAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The municipality's thresholds in force; version 0 while it has set none. */
    public StayThresholds of(@NotNull String municipalityCode) {
        String code = MunicipalityCodes.normalised(municipalityCode);
        access.readerOf(code);
        return StayThresholdSettings.current(em, code);
    }

    /**
     * The municipality's thresholds in force at {@code asOf}, as the counts and reports recorded then were split by
     * them; version 0 while it had set none.
     */
    public StayThresholds asKnownOn(@NotNull String municipalityCode, @NotNull Instant asOf) {
        String code = MunicipalityCodes.normalised(municipalityCode);
        access.readerOf(code);
        return StayThresholdSettings.asKnownOn(em, code, asOf);
    }

    /**
     * Sets the municipality's thresholds, on top of {@code version}: if someone set them in between, the change is
     * refused rather than overwriting theirs. Setting the ones in force changes nothing. Counts recorded before keep
     * the thresholds they were recorded with.
     */
    public StayThresholds change(@NotNull String municipality, Integer shortStayMonths, Integer longStayMonths,
                                 int version) {
        String municipalityCode = MunicipalityCodes.normalised(municipality);
        AccountView writer = access.writerFor(municipalityCode);
        CountRules.checkThresholds(shortStayMonths, longStayMonths);
        WriteLocks.hold(em, "stay-thresholds|" + municipalityCode);
        StayThresholds before = StayThresholdSettings.current(em, municipalityCode);
        if (before.version() != version) {
            throw new ConcurrentChangeException("the stay thresholds were set meanwhile", before,
                    "error.stay-thresholds.changed");
        }
        if (before.shortStayMonths() == shortStayMonths && before.longStayMonths() == longStayMonths) {
            return before;
        }
        StayThresholdSetting setting = new StayThresholdSetting(before, shortStayMonths, longStayMonths,
                clock.instant(), writer.email());
        em.persist(setting);
        StayThresholds after = setting.view();
        audit.record("stay-thresholds.changed", "stay-thresholds:" + municipalityCode, before, after);
        return after;
    }
}

package nl.arbeidsmigratie.regie.monitoring.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;
import nl.arbeidsmigratie.regie.monitoring.entity.StayThresholdSetting;

/** The stay thresholds in force per municipality, which a count that names none is recorded with. */
public final class StayThresholdSettings {

    private StayThresholdSettings() {
    }

    /** The municipality's thresholds in force, the default ones if it has set none. */
    public static StayThresholds current(EntityManager em, String municipalityCode) {
        return em.createNamedQuery(StayThresholdSetting.LATEST, StayThresholdSetting.class)
                .setParameter("municipality", municipalityCode).setMaxResults(1).getResultStream()
                .map(StayThresholdSetting::view).findFirst().orElseGet(() -> StayThresholds.defaultOf(municipalityCode));
    }

    /** The municipality's thresholds in force at {@code asOf}: those last set by then, else the default ones. */
    public static StayThresholds asKnownOn(EntityManager em, String municipalityCode, Instant asOf) {
        return em.createNamedQuery(StayThresholdSetting.LATEST_AT, StayThresholdSetting.class)
                .setParameter("municipality", municipalityCode).setParameter("asOf", asOf).setMaxResults(1)
                .getResultStream().map(StayThresholdSetting::view).findFirst()
                .orElseGet(() -> StayThresholds.defaultOf(municipalityCode));
    }

    /** {@code figures} with the thresholds they leave open taken from their municipality's. */
    public static CountFigures filledIn(EntityManager em, CountFigures figures) {
        if (figures.shortStayMonths() != null && figures.longStayMonths() != null) {
            return figures;
        }
        StayThresholds own = current(em, figures.municipalityCode());
        return CountRules.filledIn(figures, own.shortStayMonths(), own.longStayMonths());
    }

    /** Every municipality's own thresholds in force, for an import; those not listed have the default ones. */
    public static Map<String, StayThresholds> all(Connection c) throws SQLException {
        Map<String, StayThresholds> all = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct on (municipality_code)"
                + " municipality_code, short_stay_months, long_stay_months, version_no, recorded_at, recorded_by"
                + " from monitoring.stay_thresholds order by municipality_code, version_no desc")) {
            while (rs.next()) {
                all.put(rs.getString(1), new StayThresholds(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
            }
        }
        return all;
    }
}

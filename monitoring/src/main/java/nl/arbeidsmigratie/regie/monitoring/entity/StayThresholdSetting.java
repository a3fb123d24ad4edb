package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.arbeidsmigratie.regie.monitoring.api.StayThresholds;

/**
 * One setting of a municipality's stay thresholds, never changed once written: the next setting has the next number,
 * so which thresholds were in force when stays the history the audit trail names.
 */
@Entity
@Table(name = "stay_thresholds")
@NamedQuery(name = StayThresholdSetting.LATEST, query = "select s from StayThresholdSetting s"
        + " where s.municipalityCode = :municipality order by s.versionNo desc")
@NamedQuery(name = StayThresholdSetting.LATEST_AT, query = "select s from StayThresholdSetting s"
        + " where s.municipalityCode = :municipality and s.recordedAt <= :asOf order by s.versionNo desc")
public class StayThresholdSetting {

    /** A municipality's settings, the one in force first. */
    public static final String LATEST = "StayThresholdSetting.latest";

    /** A municipality's settings recorded by a moment, the one in force then first. */
    public static final String LATEST_AT = "StayThresholdSetting.latestAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "short_stay_months")
    private int shortStayMonths;

    @Column(name = "long_stay_months")
    private int longStayMonths;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected StayThresholdSetting() {
    }

    /** The setting that follows {@code before}, whose version it carries on. */
    public StayThresholdSetting(StayThresholds before, int shortStayMonths, int longStayMonths, Instant at,
                                String by) {
        this.municipalityCode = before.municipalityCode();
        this.versionNo = before.version() + 1;
        this.shortStayMonths = shortStayMonths;
        this.longStayMonths = longStayMonths;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public StayThresholds view() {
        return new StayThresholds(municipalityCode, shortStayMonths, longStayMonths, versionNo, recordedAt,
                recordedBy);
    }
}

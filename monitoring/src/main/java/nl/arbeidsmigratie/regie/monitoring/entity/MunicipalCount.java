package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;
import nl.arbeidsmigratie.regie.monitoring.api.CountView;
import nl.arbeidsmigratie.regie.platform.api.FreeText;

/**
 * One recorded version of a municipal count. Never changed after it is written: a correction or an error mark
 * is a new version that supersedes this one, so "as known on" any moment is a plain query.
 */
@Entity
@Table(name = "municipal_count")
@NamedQuery(name = MunicipalCount.LATEST_WITH_KEY, query = "select m from MunicipalCount m"
        + " where m.municipalityCode = :municipality and m.referenceDate = :date and m.definition = :definition"
        + " and lower(m.source) = lower(:source)"
        + " and not exists (select n.id from MunicipalCount n where n.supersedesId = m.id) order by m.id")
public class MunicipalCount extends SupersedingVersion<MunicipalCount, CountFigures> {

    /**
     * The latest versions of the counts with a municipality, reference date, definition and source: the key an
     * import recognises a count by.
     */
    public static final String LATEST_WITH_KEY = "MunicipalCount.latestWithKey";

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Column(name = "registered_brp")
    private Integer registeredBrp;

    @Column(name = "registered_rni")
    private Integer registeredRni;

    private Integer working;

    @Column(name = "estimate_min")
    private Integer estimateMin;

    @Column(name = "estimate_max")
    private Integer estimateMax;

    private String source;

    private String method;

    @Enumerated(EnumType.STRING)
    private CountDefinition definition;

    @Column(name = "short_stay_months")
    private int shortStayMonths;

    @Column(name = "long_stay_months")
    private int longStayMonths;

    protected MunicipalCount() {
    }

    private MunicipalCount(CountFigures figures, Instant at, String by, MunicipalCount supersedes, boolean error,
                           String reason) {
        super(at, by, supersedes, error, reason);
        this.municipalityCode = figures.municipalityCode();
        this.referenceDate = figures.referenceDate();
        this.registeredBrp = figures.registeredBrp();
        this.registeredRni = figures.registeredRni();
        this.working = figures.working();
        this.estimateMin = figures.estimateMin();
        this.estimateMax = figures.estimateMax();
        this.source = figures.source().strip();
        this.method = FreeText.blank(figures.method()) ? null : figures.method().strip();
        this.definition = figures.definition();
        this.shortStayMonths = figures.shortStayMonths();
        this.longStayMonths = figures.longStayMonths();
    }

    public static MunicipalCount first(CountFigures figures, Instant at, String by) {
        return new MunicipalCount(figures, at, by, null, false, null);
    }

    @Override
    protected MunicipalCount successor(CountFigures figures, Instant at, String by, boolean error, String why) {
        return new MunicipalCount(figures, at, by, this, error, why);
    }

    @Override
    public CountFigures figures() {
        return new CountFigures(municipalityCode, referenceDate, registeredBrp, registeredRni, working, estimateMin,
                estimateMax, source, method, definition, shortStayMonths, longStayMonths);
    }

    /**
     * The count as recorded, with the registration rate as a range: registered ÷ estimate maximum … registered ÷
     * estimate minimum. An estimate with one end only ("more than 80,000") leaves the other end of the rate open
     * (null), as it is: the rate is at most, or at least, the one it gives.
     */
    public CountView view() {
        Integer registered = registeredBrp == null && registeredRni == null ? null
                : (registeredBrp == null ? 0 : registeredBrp) + (registeredRni == null ? 0 : registeredRni);
        return new CountView(id(), figures(), recordedAt(), recordedBy(), supersedesId(), markedError(), reason(),
                rate(registered, estimateMax), rate(registered, estimateMin));
    }

    private static Double rate(Integer registered, Integer estimate) {
        return registered == null || estimate == null || estimate == 0 ? null : (double) registered / estimate;
    }

    public String municipalityCode() {
        return municipalityCode;
    }
}

package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.arbeidsmigratie.regie.monitoring.api.CountDefinition;
import nl.arbeidsmigratie.regie.monitoring.api.CountFigures;

/**
 * One recorded version of a municipal count. Never changed after it is written: a correction or an error mark
 * is a new version that supersedes this one, so "as known on" any moment is a plain query.
 */
@Entity
@Table(name = "municipal_count")
@NamedQuery(name = MunicipalCount.AS_KNOWN_ON, query = "select c from MunicipalCount c "
        + "where c.municipalityCode = :code and c.recordedAt <= :asOf and c.markedError = false "
        + "and not exists (select s from MunicipalCount s where s.supersedes = c and s.recordedAt <= :asOf) "
        + "order by c.referenceDate desc, c.id desc")
public class MunicipalCount {

    public static final String AS_KNOWN_ON = "MunicipalCount.asKnownOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    private MunicipalCount supersedes;

    @Column(name = "marked_error")
    private boolean markedError;

    private String reason;

    protected MunicipalCount() {
    }

    private MunicipalCount(CountFigures figures, Instant at, String by, MunicipalCount supersedes, boolean error,
                           String reason) {
        this.municipalityCode = figures.municipalityCode();
        this.referenceDate = figures.referenceDate();
        this.registeredBrp = figures.registeredBrp();
        this.registeredRni = figures.registeredRni();
        this.working = figures.working();
        this.estimateMin = figures.estimateMin();
        this.estimateMax = figures.estimateMax();
        this.source = figures.source().strip();
        this.method = figures.method() == null || figures.method().isBlank() ? null : figures.method().strip();
        this.definition = figures.definition();
        this.shortStayMonths = figures.shortStayMonths();
        this.longStayMonths = figures.longStayMonths();
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
        this.supersedes = supersedes;
        this.markedError = error;
        this.reason = reason;
    }

    public static MunicipalCount first(CountFigures figures, Instant at, String by) {
        return new MunicipalCount(figures, at, by, null, false, null);
    }

    /** A new version with corrected figures; this one stays as it was recorded. */
    public MunicipalCount correctedAs(CountFigures figures, Instant at, String by, String why) {
        return new MunicipalCount(figures, at, by, this, false, Objects.requireNonNull(why));
    }

    /** A new version saying this count was wrong altogether; from then on it no longer counts. */
    public MunicipalCount markedAsError(Instant at, String by, String why) {
        return new MunicipalCount(figures(), at, by, this, true, Objects.requireNonNull(why));
    }

    public CountFigures figures() {
        return new CountFigures(municipalityCode, referenceDate, registeredBrp, registeredRni, working, estimateMin,
                estimateMax, source, method, definition, shortStayMonths, longStayMonths);
    }

    public Long id() {
        return id;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public MunicipalCount supersedes() {
        return supersedes;
    }

    public boolean markedError() {
        return markedError;
    }

    public String reason() {
        return reason;
    }
}

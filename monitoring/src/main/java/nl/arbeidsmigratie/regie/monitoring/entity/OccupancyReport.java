package nl.arbeidsmigratie.regie.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyFigures;
import nl.arbeidsmigratie.regie.monitoring.api.OccupancyView;

/** One recorded occupancy report, never changed; a correction or error mark supersedes it. */
@Entity
@Table(name = "occupancy_report")
@NamedQuery(name = OccupancyReport.AS_KNOWN_ON, query = "select r from OccupancyReport r "
        + "where r.locationId = :location and r.recordedAt <= :asOf and r.markedError = false "
        + "and not exists (select s from OccupancyReport s where s.supersedes = r and s.recordedAt <= :asOf) "
        + "order by r.referenceDate desc")
@NamedQuery(name = OccupancyReport.SUCCESSOR, query = "select s from OccupancyReport s where s.supersedes = :report")
@NamedQuery(name = OccupancyReport.FIRST_ON, query = "select r from OccupancyReport r "
        + "where r.locationId = :location and r.referenceDate = :date and r.supersedes is null")
public class OccupancyReport {

    public static final String AS_KNOWN_ON = "OccupancyReport.asKnownOn";
    public static final String SUCCESSOR = "OccupancyReport.successor";
    public static final String FIRST_ON = "OccupancyReport.firstOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "location_id")
    private long locationId;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    private int persons;

    @Column(name = "short_stay")
    private Integer shortStay;

    @Column(name = "mid_stay")
    private Integer midStay;

    @Column(name = "long_stay")
    private Integer longStay;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    private OccupancyReport supersedes;

    @Column(name = "marked_error")
    private boolean markedError;

    private String reason;

    protected OccupancyReport() {
    }

    private OccupancyReport(OccupancyFigures f, Instant at, String by, OccupancyReport supersedes, boolean error,
                            String reason) {
        this.locationId = f.locationId();
        this.referenceDate = Objects.requireNonNull(f.referenceDate());
        this.persons = Objects.requireNonNull(f.persons());
        this.shortStay = f.shortStay();
        this.midStay = f.midStay();
        this.longStay = f.longStay();
        this.recordedAt = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(by);
        this.supersedes = supersedes;
        this.markedError = error;
        this.reason = reason;
    }

    public static OccupancyReport first(OccupancyFigures figures, Instant at, String by) {
        return new OccupancyReport(figures, at, by, null, false, null);
    }

    public OccupancyReport correctedAs(OccupancyFigures figures, Instant at, String by, String why) {
        return new OccupancyReport(figures, at, by, this, false, Objects.requireNonNull(why));
    }

    public OccupancyReport markedAsError(Instant at, String by, String why) {
        return new OccupancyReport(figures(), at, by, this, true, Objects.requireNonNull(why));
    }

    public OccupancyFigures figures() {
        return new OccupancyFigures(locationId, referenceDate, persons, shortStay, midStay, longStay);
    }

    public OccupancyView view() {
        return new OccupancyView(id, figures(), recordedAt, recordedBy, supersedes == null ? null : supersedes.id,
                markedError, reason);
    }

    public Long id() {
        return id;
    }

    public long locationId() {
        return locationId;
    }

    public OccupancyReport supersedes() {
        return supersedes;
    }

    public boolean markedError() {
        return markedError;
    }
}
